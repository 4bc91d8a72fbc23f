// The Terraform provider stand-in for bpg/proxmox: `installProviderMirror` makes `terraform init` find
// it; Terraform then runs main.ts as the provider plugin.
export {
  CLI_CONFIG_NAME,
  cliConfig,
  installProviderMirror,
  PROVIDER_SOURCE,
  PROVIDER_VERSION,
  type ProviderMirror,
  terraformPlatform,
} from './mirror.ts';
export { VM_RESOURCE } from './vm-schema.ts';
