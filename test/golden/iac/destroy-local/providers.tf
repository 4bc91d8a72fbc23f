# Credentials come from the environment only: PROXMOX_VE_ENDPOINT, PROXMOX_VE_API_TOKEN, PROXMOX_VE_INSECURE.
provider "proxmox" {}
