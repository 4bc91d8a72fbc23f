terraform {
  required_version = ">= 1.5.0"

  required_providers {
    proxmox = {
      source  = "bpg/proxmox"
      version = "0.78.0"
    }
  }

  backend "local" {
    path = "../r-7f3k/terraform.tfstate"
  }
}
