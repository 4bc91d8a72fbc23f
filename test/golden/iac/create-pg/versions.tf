terraform {
  required_version = ">= 1.5.0"

  required_providers {
    proxmox = {
      source  = "bpg/proxmox"
      version = "0.78.0"
    }
  }

  # The connection string comes from PG_CONN_STR; each request is a Terraform workspace in this schema.
  backend "pg" {
    schema_name = "atlas_terraform"
  }
}
