resource "proxmox_virtual_environment_vm" "vm_web_01" {
  name        = "web-01"
  description = "Created by ATLAS for request R-7F3K (web-01)."
  tags        = ["atlas", "atlas-r-7f3k", "web"]
  node_name   = "pve3"
  vm_id       = 101
  started     = true

  clone {
    vm_id        = 9000
    node_name    = "pve1"
    datastore_id = "local-lvm"
    full         = true
  }

  agent {
    enabled = true
  }

  cpu {
    cores = 4
  }

  memory {
    dedicated = 8192
  }

  disk {
    datastore_id = "local-lvm"
    interface    = "scsi0"
    size         = 40
  }

  network_device {
    bridge = "vmbr0"
    model  = "virtio"
  }

  initialization {
    datastore_id = "local-lvm"

    user_account {
      username = "atlas"
      keys     = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl alice@laptop"]
    }

    ip_config {
      ipv4 {
        address = "dhcp"
      }
    }
  }
}

resource "proxmox_virtual_environment_vm" "vm_db_1" {
  name        = "db-1"
  description = "Created by ATLAS for request R-7F3K (db-1)."
  tags        = ["atlas", "atlas-r-7f3k"]
  node_name   = "pve1"
  vm_id       = 102
  started     = true

  clone {
    vm_id        = 9001
    node_name    = "pve1"
    datastore_id = "local-lvm"
    full         = true
  }

  agent {
    enabled = true
  }

  cpu {
    cores = 2
  }

  memory {
    dedicated = 2048
  }

  disk {
    datastore_id = "local-lvm"
    interface    = "scsi0"
    size         = 20
  }

  network_device {
    bridge = "vmbr0"
    model  = "virtio"
  }

  initialization {
    datastore_id = "local-lvm"

    user_account {
      username = "atlas"
      keys     = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl bob \"$${file(\"/etc/passwd\")}\" %%{if true}x%%{endif} C:\\keys"]
    }

    ip_config {
      ipv4 {
        address = "10.0.0.5/24"
        gateway = "10.0.0.1"
      }
    }
  }
}
