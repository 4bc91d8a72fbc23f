import { describe, expect, it } from 'vitest';
import {
  cliConfig,
  hclString,
  terraformPlatform,
  wrapperScript,
} from '../../../src/sim/terraform-provider/mirror.ts';

describe('the provider mirror files', () => {
  it('takes bpg/proxmox from the filesystem mirror and everything else from its registry', () => {
    const text = cliConfig('/srv/atlas/mirror');

    expect(text).toContain(
      'filesystem_mirror {\n    path    = "/srv/atlas/mirror"\n    include = ["registry.terraform.io/bpg/proxmox"]',
    );
    expect(text).toContain('direct {\n    exclude = ["registry.terraform.io/bpg/proxmox"]');
  });

  it('quotes paths for HCL, template sequences included', () => {
    const dollar = '$';

    const quoted = hclString(`/tmp/a "b"/${dollar}{x}/%{y}\\z`);

    expect(quoted).toBe(`"/tmp/a \\"b\\"/${dollar}${dollar}{x}/%%{y}\\\\z"`);
  });

  it("runs the project's node on main.ts with paths a shell cannot misread", () => {
    const script = wrapperScript('/opt/node/bin/node', "/home/o'neil/atlas/main.ts");

    expect(script.startsWith('#!/bin/sh\n')).toBe(true);
    expect(script).toContain(`exec '/opt/node/bin/node' '/home/o'\\''neil/atlas/main.ts' "$@"`);
  });

  it('names platforms the way Terraform does', () => {
    expect(terraformPlatform('linux', 'x64')).toBe('linux_amd64');
    expect(terraformPlatform('darwin', 'arm64')).toBe('darwin_arm64');
  });
});
