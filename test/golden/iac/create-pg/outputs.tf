# What ATLAS reads back after apply: the guest agent's IPv4 addresses per network interface, by VM name.
output "ipv4_addresses" {
  value = {
    for vm in [
      proxmox_virtual_environment_vm.vm_web_01,
      proxmox_virtual_environment_vm.vm_db_1,
    ] : vm.name => vm.ipv4_addresses
  }
}
