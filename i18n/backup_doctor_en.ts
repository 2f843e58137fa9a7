<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivityPanel</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyPanel</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Retry the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM agent is stopped, unresponsive or out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the VM is running and its agent status is Ready; restart or update the VM agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The COM+ System Application or the Distributed Transaction Coordinator (MSDTC) is not healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or restart the COM+ System Application service and make sure MSDTC runs as Network Service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If that does not help, reinstall MSDTC (msdtc -uninstall, then msdtc -install) and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source VM was deleted or moved while it was still protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-create the VM with the same name in the same resource group, or stop protection and keep or delete the backup data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into the same subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Azure VM backup support matrix for supported disks and storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude the disk from backup or replace it with a supported one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore with Create new or Restore disks instead of Replace existing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the other operation to finish, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the lock and retry; do not lock the restore point resource group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For failing mount points, unmount them, run fsck and mount them again, or list them under MountsToSkip in /etc/azure/vmbackup.conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install vcredist2013_x64 from the VMSnapshot plugin folder under C:\Packages\Plugins and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstall the VMSnapshot (Linux: VMSnapshotLinux) extension; the next backup installs it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM agent cannot communicate with Azure Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest agent is stopped, outdated, in an inconsistent state or not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older documents also name missing outbound access and a backup extension that does not load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstall the agent if needed: the MSI on Windows, the distribution&apos;s package on Linux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure every extension of the VM shows provisioning succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact with the VM agent for the snapshot status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot status cannot be read: the VM was shut down from inside the guest, or DHCP is disabled in the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Linux, waagent.conf lacks the required options, or an application control solution blocks IaaSBcdrExtension.exe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the VM model (Update-AzVM), check free space on the OS disk, then retry the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is in a failed provisioning state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failed extension left the VM in the Failed provisioning state, or the VM is stuck in Updating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix or remove the failing extensions and wait until the VM is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore point collection limit is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lock on the restore point resource group blocks the automatic clean-up of old restore points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many backups a day: a VM may have only 18 instant restore points across all collections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the lock from the AzureBackupRG_&lt;geo&gt;_&lt;n&gt; resource group and do not lock it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean up the restore point collection: run an on-demand backup, or delete the collection in the portal with Show hidden types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup lacks permissions on the key vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is encrypted with ADE and the Backup service cannot read its keys or secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant the Backup Management Service access to keys and secrets in the portal, PowerShell or CLI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a key vault that uses Azure RBAC, assign Key Vault Administrator or an equivalent custom role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If access was just granted, retry a little later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot failed: no network connectivity on the VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound access to Azure Storage is blocked by an NSG, a route, a firewall or a proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot status cannot be read because DHCP is disabled in the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow outbound traffic with an NSG rule for the Storage service tag, an HTTP proxy or the AzureBackup firewall tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Microsoft.Storage service endpoint if the subnet has no internet route, and keep DHCP enabled in the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMSnapshot extension operation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot cannot be taken or its status cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed with an internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resource group lock stops the deletion of old restore points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup extension&apos;s files do not match Windows, or iaasvmprovider.dll is corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Backup does not support the disk size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disk is larger than 32 TB, or an ADE-encrypted disk is larger than 4 TB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep each disk within the limit, for example by splitting the data over several disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another backup operation is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier backup job is still running, possibly in the old vault after re-configuring protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the running job or cancel it (portal or Stop-AzRecoveryServicesBackupJob).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If long jobs overlap the schedule, review the backup best practices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute platform reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute platform or the VM itself raised an error during the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the failed job&apos;s error details in the vault and follow their recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is not actively protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection of the VM is paused or stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume protection of the VM, then retry the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard SSD disks are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was not yet upgraded to Instant Restore; every vault has been upgraded since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the vault to Instant Restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error while creating the VM snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An antivirus product blocks IaaSBcdrExtension.exe; the Application event log shows it as the faulting application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude the VMSnapshot plugin folders under C:\Packages\Plugins and C:\WindowsAzure\Logs\Plugins from the antivirus scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying backed-up data from the vault timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transient storage errors, or too few storage IOPS to finish the transfer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the VM backup best practices, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is not in a state that allows backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is in the Failed state or between Running and Shut down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Linux, SELinux blocks /var/lib/waagent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the VM is in a stable state: Running, Stopped or Deallocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude /var/lib/waagent from the SELinux policy and make sure the backup extension is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VM agent is installed on the VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the VM agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File system freeze failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux fsfreeze failed: a file system is not clean, or mount entries are duplicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove duplicate mount entries; the extension log names the failing mount points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot failed because of a COM+ error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension installation failed because of a COM+ error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COM+ cannot talk to the Distributed Transaction Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Distributed Transaction Coordinator (MSDTC) service is not healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VSS writers are in a bad state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VSS writers are not stable, or the VM is short of free disk space, memory or CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk IOPS throttling makes the VSS provider time out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the services of the writers that are not stable (vssadmin list writers) and check free space, memory and CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up at off-peak hours, spread the load over disks, or use faster disks or a larger VM size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VSS service is in a bad state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Volume Shadow Copy (VSS) service is not healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the VSS service; if that fails, restart the VM in a maintenance window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected VM size is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore creates a VM with a size that is not supported or not available in the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the disks, then create the VM from them with a supported size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Marketplace purchase for the VM is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s Marketplace plan or offer was withdrawn; the disks were restored but the VM was not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the restored disks to an existing VM as data disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup extension configuration cannot be parsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MachineKeys folder (%systemdrive%\programdata\microsoft\crypto\rsa\machinekeys) has non-default permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the folder&apos;s default permissions and delete the certificates issued by Windows Azure CRP Certificate Generator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup extension is in an inconsistent state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup extension was left in an inconsistent state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the VM agent is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot limit of a disk is exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disks have too many blob snapshots, kept by storage soft delete or taken by Azure Site Recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete blob snapshots that are no longer needed (never the base blobs) and shorten the soft-delete retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Azure Site Recovery, set isanysnapshotfailed=false in /etc/azure/vmbackup.conf and schedule it at another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot failed: the VM lacks resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network calls during the snapshot are delayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the snapshot through the host: set SnapshotMethod=firstHostThenGuest and CalculateSnapshotTimeFromHost=True in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up at a low-load time or move the VM to a larger size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough free space in the storage account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the legacy stack, the snapshot of premium unmanaged disks is copied inside the storage account, which is too full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the storage account at or below 50% of its capacity (17.5 TB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension cannot be installed: the VM is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM agent is missing or not running when the VM is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the VM agent, check the installation and the VM&apos;s agent setting, then retry the registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drive is locked by BitLocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume of the VM is locked by BitLocker Drive Encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the drives or turn off BitLocker on them, then check VSS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure network channel can be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong cryptography (TLS) is not enabled for the .NET Framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add SchUseStrongCrypto=1 under every .NET Framework key in HKLM\SOFTWARE\Microsoft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Visual C++ Redistributable cannot be installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows Installer service is disabled, rights on HKLM\SOFTWARE\Classes are missing, or an antivirus blocks the install.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the Msiserver service start value to 3, re-register Windows Installer, fix the registry rights and restart the guest agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Azure Policy prevents the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Azure Policy, typically a tag rule with the Deny effect, blocks the backup resource group or the restore point collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the policy effect from Deny to Modify, or create the resource group yourself following Azure Backup&apos;s naming schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mount point cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup extension cannot open every mount point, for example while a file recovery session is still mounted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make every mount point accessible and close any open file recovery session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM snapshot for the restore was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot recovery point was deleted before it reached the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from another recovery point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM moved from Trusted Launch to a standard VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Trusted Launch VM was changed to a standard VM, or a new VM reuses the name of a deleted Trusted Launch VM still in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable soft delete, stop protection and delete the data, enable soft delete again and protect the VM again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or give the VM a different name or resource group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-subscription restore does not support the original location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cross-subscription restore was requested with the original location option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Create new or Restore disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-subscription restore does not support unmanaged disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source VM has unmanaged disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-subscription and cross-region restore cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both a cross-region and a cross-subscription restore were requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose either cross-region or cross-subscription restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-subscription restore does not support snapshot recovery points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery point exists only in the snapshot tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a recovery point that is in the vault tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source and target subscriptions are in different tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source and target subscriptions belong to different tenants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use subscriptions of the same tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target subscription is not registered for Recovery Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Microsoft.RecoveryServices resource provider is not registered in the target subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the Microsoft.RecoveryServices resource provider in the target subscription; creating a vault there also registers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-subscription restore does not support encrypted VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is encrypted with Azure Disk Encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-subscription restore does not support Trusted Launch VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is a Trusted Launch VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protected VM was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM was deleted or moved to another resource group or subscription without stopping protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the VM exists, or stop protection of the backup item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete backup items whose VM no longer exists: their last recovery point is kept and billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VMSnapshot extension manifest is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VMSnapshot extension manifest file is missing, often deleted by antivirus or anti-malware software.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract the manifest from the plugin package into the version folder again and find the program that deletes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another backup job is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the running job or cancel it, and check the old vault if protection was re-configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error of the compute platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error of the guest agent or of an extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the VM and its agent are running and every extension shows provisioning succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For VMs created from a generalized image, install the VM agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another operation is in progress on the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another operation runs on the same backup item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension command execution failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup extension is in a bad state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the registry value IsProviderInstalled=False, rename the Microsoft.WindowsAzure.Storage folder in the GAC and run a manual backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM does not have enough free memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the VM to free memory, or move it to a size with more memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another client took a snapshot at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another product snapshots the same disk at the same time; a disk allows one snapshot per minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the schedules apart so that the snapshots do not coincide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network delay during the disk snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy or network appliance delays the calls that take the disk snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the network or proxy delay, for example with bitsadmin /Util /SetIEProxy LOCALSYSTEM NO_PROXY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup extension installation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Visual C++ Redistributable installation failed, an antivirus interferes, or SQL prerequisites are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add antivirus exclusions and check the SQL sysadmin rights and prerequisites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension cannot be installed: desktop heap exhausted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows desktop heap (SharedSection) is exhausted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set SharedSection=1024,20480,4096 in the Windows registry and restart the VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM changed while the restore point was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM model changed while Create Restore Point was running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the backup; the error is transient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application-consistent pre-script timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Linux pre- or post-script ran longer than its timeout (default 30 s); the backup falls back to file-system consistency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the timeout in /etc/azure/VMSnapshotScriptPluginConfig.json (at most 1800 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest agent certificate was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRP certificate is missing or expired, or the VM clock is out of sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the time synchronization; if the certificate has expired, deallocate and start the VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension&apos;s runtime environment is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A runtime is missing: .NET on Windows, Python on Linux, or the OS is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install .NET or Python and check the supported operating systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The managed restore point could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VM agent problem while the managed restore point was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart or update the VM agent, then retry the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Linux backup extension hung or crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Linux backup extension hangs, for example with many disks or on the temporary disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set seqsnapshot = 2 in /etc/azure/vmbackup.conf when the VM has more than 4 disks, and skip the temporary disk with MountsToSkip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot before replacing the disks failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore that replaces the existing disks could not take its snapshot first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore with Create new instead of Replace existing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore storage account does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staging storage account was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an existing storage account and keep it until the restore ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many data disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM has more data disks than supported (32 managed, 16 unmanaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach disks and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM uses classic storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s disks are on a classic storage account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the disks or the VM to Resource Manager storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription&apos;s core quota is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore would exceed the subscription&apos;s core quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a higher quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File system freeze timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux fsfreeze timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Azure resource does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resource the operation refers to no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the resource exists, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Linux guest agent version is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Linux VM agent is older than the supported minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the Linux VM agent from the distribution&apos;s repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hosted service quota is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription&apos;s hosted service (classic) quota is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request higher limits for the subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription moved to another tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription was transferred to another tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore to an alternate location or restore the disks; the original location is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation is not valid for managed disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots are not supported on a disk with Write Accelerator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid VM network configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A classic VM&apos;s extension cannot be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the VM while it is shut down and start it after the snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid encryption information for the VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADE with an Azure AD application and ADE without one are mixed, which is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the VM&apos;s original Azure Disk Encryption mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job was cancelled by a reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM restarted during the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user cancelled the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage accounts with network rules are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A managed-disk VM is restored to a storage account restricted by a firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow access on the storage account or use one without network restrictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected restore type is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace existing was used in a scenario that does not support it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original location restore is not possible with excluded disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery point has disks that were excluded from the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the disks instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s protection quota is exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault protects as many items as it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new vault and protect the VM there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lock blocks the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lock is set on the VM or on the restore point resource group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore destination blob was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target storage account or blob was deleted during the restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the restore into another storage account and do not delete it while the restore runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another restore operation is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another restore of the item is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore point collection was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore point collection was deleted during a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the backup and do not delete restore point collections in the backup resource group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore point collection is being deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore point collection is in a deleting state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the restore point collection is consistent, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared disks are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared disk is attached to the VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage account is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lock, typically read-only, is set on the storage account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the lock, or use a delete lock instead of a read-only lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk configuration is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM has an unsupported disk configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage type is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disk of the VM has a type that Azure Backup does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VM with the same name already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore target name is already used in the resource group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another VM name or resource group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM cannot reach Azure Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM has no outbound access to Azure Backup, Azure Storage or Azure AD during registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the outbound network path with service tags or a proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM and the vault are in different regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is in another region than the VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a vault in the VM&apos;s region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Accelerator disks are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disk has Write Accelerator enabled; such disks are excluded automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Linux backup configuration file is not ASCII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file /etc/azure/vmbackup.conf is not encoded in ASCII.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert /etc/azure/vmbackup.conf to ASCII, for example with iconv -t ASCII.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounting the disk for file recovery failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The iSCSI target is connected but inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect the iSCSI target and retry the file recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM restore point could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client-side cause such as shared disks, COM+, VSS writers, MSDTC, too few VM resources or no network connectivity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the error text and follow the remedy of the matching backup error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM agent has not reported its status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key vault of the disk encryption set was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key vault or the disk encryption set of a disk is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-create the missing key vault or disk encryption set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM model was updated during the operation, or some disks were not allocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after the model update and exclude disks that are not allocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal execution error occurred</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cause</name>
    <message>
        <source>Troubleshoot agent and extension issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest Windows VM agent (MSI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the Linux VM agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the lock from the restore point resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean up the restore point collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establish network connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up encrypted VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure VM backup support matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Troubleshoot Azure VM backup errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop protecting a VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protected VM no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Backup still protects a VM that was deleted, or moved to another resource group or subscription: every scheduled and on-demand backup of it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the VM was moved or re-created, protect it again under its new id. Otherwise stop protection: &apos;Retain backup data&apos; keeps the recovery points (still billed), &apos;Delete backup data&apos; removes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not leave the item as it is: the last recovery point of an orphaned item is kept indefinitely and billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM agent is installed but unresponsive (Windows VMs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the VM, open services.msc and check that the Windows Azure Guest Agent service is running; restart it and retry the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the service is missing, check Programs and Features; uninstall the Windows Azure Guest Agent and install the latest agent MSI as an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the service appears again, check that .NET 4.5 is installed, then run an on-demand backup (Back up now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM agent is out of date (Linux VMs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the Linux VM agent from your distribution&apos;s repository, not from GitHub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the agent runs (ps -e); if not, start it: &apos;service walinuxagent start&apos; on Ubuntu, &apos;service waagent start&apos; elsewhere, and configure its automatic restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a new test backup. If it still fails, collect /var/lib/waagent/*.xml, /var/log/waagent.log and /var/log/azure/* (set Logs.Verbose=y in /etc/waagent.conf for detail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot status cannot be retrieved, or a snapshot cannot be taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the VM was shut down from inside the guest (for example over RDP), the portal shows a wrong state: shut it down with Stop in the portal instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep DHCP enabled inside the guest: the VM needs DHCP option 245 to find the host. Set a static private IP through Azure, not inside the OS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup extension fails to update or load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstall the VMSnapshot (Linux: VMSnapshotLinux) extension to force a reload: VM &gt; Settings &gt; Extensions &gt; VMSnapshot &gt; Uninstall. The next backup installs it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Linux, if VMSnapshotLinux is not listed, update the Linux VM agent and run the backup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM has no internet access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup extension needs outbound HTTPS to Azure Storage. Allow it with an NSG outbound rule for the Storage.&lt;region&gt; service tag at a higher priority than any deny rule, an HTTP proxy, or Azure Firewall with the AzureBackup FQDN tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never block 168.63.129.16 (ports 80, 443, 32526). Add a Microsoft.Storage service endpoint when the subnet has no internet route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lock on the restore point resource group blocks the clean-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Backup keeps restore point collections in a separate resource group (AzureBackupRG_&lt;geo&gt;_&lt;n&gt; or the policy&apos;s custom name). Do not lock it: a lock stops the service from deleting old restore points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the resource group &gt; Settings &gt; Locks and delete the lock, then retry the backup to trigger the clean-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore point collection has reached its limit of 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After removing the lock, clean up the restore point collection: trigger an on-demand backup (expect it to fail once; automatic clean-up follows within hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or delete the collection in the portal: in the restore point resource group tick Show hidden types, select AzureBackup_&lt;VM&gt;_&lt;n&gt;, Delete, and retry the backup. A large collection may need 2 or 3 attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take at most one backup a day: instant restore points are kept 1-5 days and a VM may have only 18 at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup lacks permissions on the key vault of the encrypted VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the Backup Management Service access to the key vault: keys get, list and backup; secrets get, list and backup (portal, PowerShell or CLI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a vault that uses Azure RBAC, assign Key Vault Administrator or a custom role with the same data actions. If access was just granted, retry a little later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disk is larger than Azure Backup supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documented limit for this error is 4095 GB per disk. Newer stacks support up to 32 TB per disk with the Enhanced policy, but not for ADE-encrypted disks over 4 TB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the VM to an Enhanced policy, exclude the large disk from backup, or split the data over smaller disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another backup of this VM is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the vault&apos;s Backup jobs. If a backup of this VM is in progress, wait for it or cancel it (Cancel, or Stop-AzRecoveryServicesBackupJob).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the VM was protected by another vault before, make sure no backup job runs there. Then retry the backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentsView</name>
    <message>
        <source>Show &amp;hidden types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore point collections and other hidden types are listed only with this on, as in the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a resource group to see what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the resources of {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the resources of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden</source>
        <translation>
            <numerusform>%n hidden</numerusform>
            <numerusform>%n hidden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <source>No Azure sign-in is available. Run &apos;az login&apos; (or set the AZURE_* environment variables for a service principal), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure refused the sign-in. Sign in again, or check that the account may use this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to read this. Ask for the Reader and Backup Reader roles on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure says this does not exist (any more): it may have been deleted or moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure is throttling requests. Wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure answered with an error. Try again; if it persists, see details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure could not be reached. Check the network connection and proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading from Azure failed unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot does not hold this: it was not captured, so it cannot be checked offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up Azure sign-in. Sign in with &apos;az login&apos; or set the AZURE_* environment variables, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure&apos;s list answer never ended (its next-page link repeats), so it was not read to the end. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure did not finish the operation in time, so its result could not be read. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure answered with something that is not the expected data, so it could not be read. Try again; if it persists, see details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Doctor failed to work out this evidence (a bug).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Backup Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Doctor hit an unexpected error (a bug): {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are in the log file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is still running: what it showed before stays correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please copy the report below into your bug report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailArea</name>
    <message>
        <source>Select something in the tree on the left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosisView</name>
    <message>
        <source>&amp;Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read everything from Azure again and re-check each cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a VM to check why its backup fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the documentation says of {code}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the backup of {vm} fail?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the VM, its backup jobs and its backup settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting evidence from Azure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause {n} of {total}: {cause}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup completed with warnings on {time}: {code}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup failed on {time} with {code}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed backup to diagnose: checking every documented cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed backup in the jobs read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No documented runbook for {code}: a health check of %n cause(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cause(s), in the health check order.</source>
        <translation>
            <numerusform>%n cause, in the health check order.</numerusform>
            <numerusform>%n causes, in the health check order.</numerusform>
        </translation>
    </message>
    <message>
        <source>Runbook {code}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cause(s), in the documented order.</source>
        <translation>
            <numerusform>%n cause, in the documented order.</numerusform>
            <numerusform>%n causes, in the documented order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n check failed.</numerusform>
            <numerusform>%n checks failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start with the first: {cause}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every documented cause was checked and none applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some evidence could not be read, so this diagnosis is incomplete. Resolve what the unknown steps and the notes say, then run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documented cause explains this failure. Retry the backup; if it fails again, collect the agent logs and open a support request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not diagnose {vm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnosis was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{fix}” arrives with the fixes feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it does, it will show this request and ask before sending it:

{request}

Nothing was changed in Azure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} min {s:02d} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the error and its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: {resource}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a bug in Backup Doctor. Copy the details and report it; the rest of the app keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: {resource}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Doctor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VM&apos;s instance view was not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is {state}: its agent reports only while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power state: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent version: {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent message ({time}): {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to Windows VMs; this VM runs {os}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows guest agent is not ready ({status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent answers, but version {version} is older than {minimum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows guest agent is ready (version {version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to Linux VMs; this VM runs {os}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Linux agent is not running or not ready ({status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Linux agent {version} is older than the supported {minimum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Linux agent {version} is current and ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{extension} reports: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup extension loaded but reports a snapshot error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job task {task}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Take Snapshot task failed; Azure shows no cause. Check inside the guest that DHCP is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot problem of its own: the extension did not load (next step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM runs and reports no snapshot errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension {name} ({type} {version}): {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler {type}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {name} extension failed to load; uninstall it, the next backup reinstalls it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension {name} is in a failed state; every extension should have succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup extension is not installed yet; the next backup installs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {name} extension is installed and succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VM has no network interface in its model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective network rules are only available while the VM runs ({state}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First outbound HTTPS rule: {name} ({access}, priority {priority})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default route 0.0.0.0/0: next hop {hop} ({source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NSG rule {name} denies outbound HTTPS to Azure Storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default route drops internet traffic (next hop None).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet traffic goes through appliance {ip}: make sure it allows Azure Storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound HTTPS to Azure Storage is allowed by the effective rules and routes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tenant has no Backup Management Service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key vault grants the rights to some principal, but Backup Doctor could not look up Backup Management Service in Microsoft Graph to tell whether it is that one: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Management Service has get, list and backup on keys and secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VM&apos;s model lists no disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check: the size of disk {name} is not reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup item {item} in vault {vault}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET {vm}: 404, the VM does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM this backup item protects no longer exists: deleted, or moved to another resource group or subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job of {time}: {code}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM exists now, but Azure Backup said it did not: it may have been deleted and re-created with the same name, or moved. Check that the backup item protects this VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM exists: {vm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is stopped but still allocated. Its activity log could not be read, so Backup Doctor cannot tell whether it was stopped through Azure or shut down from inside the guest: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity log: {operation} ({status}) by {caller} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM was stopped through Azure (powerOff), not from inside the guest: its state is reported right. Its agent does not run while it is stopped; start the VM before the next backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity log: no power-off through Azure since the last start (90 days kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is stopped but still allocated, and no Azure operation stopped it: it was shut down from inside the guest, so Azure reports a wrong state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VM&apos;s instance view reports no power state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is {state}: its snapshot status can only be checked while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is not backed up, so it has no Azure Backup restore points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection is stopped ({state}): Azure Backup takes no new restore points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection {name} in {group}: {count} restore points, made by a user, not by Azure Backup (not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore point resource group: {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock {name} ({level}) on {scope}, inherited from the subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock {name} ({level}) on {scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} lock(s) stop Azure Backup from deleting old restore points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restore point resource group yet, and no subscription lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lock on the restore point resource group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection {name} in {group}: {count} restore points ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {total} of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} restore points: the limit of {limit} is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection {name} is {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} restore points: close to the limit of {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} restore point(s), below the limit of {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Vault Administrator: principal {principal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s disks are not encrypted with Azure Disk Encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key vault {name} uses Azure RBAC: {count} role assignment(s) at its scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key vault {name}: {count} access policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal {principal}: keys [{keys}], secrets [{secrets}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Management Service in this tenant: object id {principal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access for Azure Backup (keys and secrets: get, list, backup) on {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk {name}: {size} GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every disk is within {limit} GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk {name} has {size} GB, over the {limit} GB this error names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk {name} has {size} GB, over the 32 TB Azure Backup supports per disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk {name} has {size} GB: Azure Backup does not support encrypted disks over 4 TB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk {name} has {size} GB, over {limit} GB: supported on current stacks, check the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job {job} in {vault}: {status} since {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup of this VM is still running (started {start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of this VM is running now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} recent job(s) read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this check failed unexpectedly (a bug in Backup Doctor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VM&apos;s backup job history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VM&apos;s backup item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VM&apos;s extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the restore point collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subscription&apos;s resource groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the management locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the effective network security rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the effective routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Management Service in Microsoft Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VM&apos;s activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read {what}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM does not exist, so no other cause can be checked. Its backup item is still in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection of this VM is stopped ({state}): Azure Backup takes no new backups of it. Resume protection to back it up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Backup reports on the item: {title} ({code}): {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This VM is not protected by any vault in its subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed on {time} with {code}, but a later backup succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fix</name>
    <message>
        <source>Remove lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the management lock so Azure Backup can clean up old restore points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete restore point collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the collection and its instant restore points; vault recovery points stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts an on-demand backup of the protected item (kept 30 days by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstall extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the VMSnapshot extension; the next backup installs it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks Azure Backup to cancel the running job (possible during the snapshot phase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop VM from Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops and deallocates the VM through Azure, as the portal&apos;s Stop does, so its reported state is right again. A dynamic public IP and the temporary disk&apos;s data are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart VM agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts the guest agent service through Run Command (needs the agent to answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant Backup access to key vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an access policy for Backup Management Service: keys and secrets get, list, backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthView</name>
    <message>
        <source>OS disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disk, LUN {lun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last heartbeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions (VMSnapshot highlighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension handlers reported by the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a VM to see its health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name} and its extensions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the VM {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobDetail</name>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading job details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnose this VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the documented causes of this failure, one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job to see its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{operation} of {vm}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsView</name>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search VM, status or error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a vault or a VM to see its backup jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading backup jobs of {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the backup jobs of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup jobs in this time range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the job details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnose this VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;job ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLevel</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocksView</name>
    <message>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a resource inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On its restore point group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lock covers the restore point resource group {groups}. Azure Backup cannot delete old restore points there, so backups fail once 18 restore points pile up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks on a restore point resource group (AzureBackupRG_* or a policy&apos;s own group) stop Azure Backup from cleaning up old restore points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a subscription, resource group or resource to see its locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the locks of {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the locks of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) cover restore point resource groups and can make backups fail.</source>
        <translation>
            <numerusform>%n lock covers a restore point resource group and can make backups fail.</numerusform>
            <numerusform>%n locks cover restore point resource groups and can make backups fail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) apply here. None covers a restore point resource group.</source>
        <translation>
            <numerusform>%n lock applies here. It does not cover a restore point resource group.</numerusform>
            <numerusform>%n locks apply here. None covers a restore point resource group.</numerusform>
        </translation>
    </message>
    <message>
        <source>No locks on {name}, above it or inside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Backup Doctor for Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to &amp;Azure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this tenant and return to the start screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read everything from Azure again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the tree, or the table you are in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the documented causes of the selected VM&apos;s backup failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;hidden types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Troubleshooting &amp;documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Backup Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity &amp;panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the demo tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the demo tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the snapshot {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to Azure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign in to Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} — Backup Doctor for Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the estate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load this part of the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the contents of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time Backup Doctor starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose the selected VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the current view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the activity panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected resource ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context menu of the selected resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Backup Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Backup Doctor for Azure&lt;/b&gt;&lt;p&gt;Checks the documented causes of failed Azure VM backups, one by one, with the evidence.&lt;/p&gt;&lt;p&gt;Read-only: it never changes your Azure resources.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Working… (%n operation(s))</source>
        <translation>
            <numerusform>Working… (%n operation)</numerusform>
            <numerusform>Working… (%n operations)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Recovery Services vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery Services vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Recovery Services vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No protected virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load this part of the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click or press Enter to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
Last backup: {status} ({time})
Health: {health}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
Not protected by a vault in this subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
Last backup: {status} ({time})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <source>Search vaults, groups and VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load this part of the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;tenant ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;backup item ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete backup data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-region restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undelete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update customer-managed key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Filter by VM, vault or policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click a VM to check why its backup fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tenant, subscription or vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the protected VMs of {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the protected VMs of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n protected VM(s).</source>
        <translation>
            <numerusform>%n protected VM.</numerusform>
            <numerusform>%n protected VMs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a failed last backup.</source>
        <translation>
            <numerusform>%n with a failed last backup.</numerusform>
            <numerusform>%n with a failed last backup.</numerusform>
        </translation>
    </message>
    <message>
        <source>No failed last backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No protected VMs in {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowerState</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped (deallocated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deallocating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceMenu</name>
    <message>
        <source>Copy resource &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Azure &amp;portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy resource ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestorePointsView</name>
    <message>
        <source>Restore point collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore point collections are a hidden type: the portal lists them only with &quot;Show hidden types&quot;. A VM may hold at most {limit} instant restore points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a VM, resource group or subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading restore point collections of {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the restore point collections of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restore point collections in {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vm} holds {count} of the {limit} instant restore points a VM may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n collection(s).</source>
        <translation>
            <numerusform>%n collection.</numerusform>
            <numerusform>%n collections.</numerusform>
        </translation>
    </message>
    <message>
        <source>VMs at the limit: {full}; close to it: {near}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore points in {name} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbook</name>
    <message>
        <source>VM agent unable to communicate with Azure Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not communicate with the VM agent for snapshot status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore point collection max limit has reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup doesn&apos;t have sufficient permissions to the key vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot failed: no network connectivity on the VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMSnapshot extension operation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed with an internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Backup does not support the disk size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protected VM no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another backup operation is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup health check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spinner</name>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Backup Doctor for Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out why a VM backup fails: the documented causes, checked one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore Contoso, a built-in snapshot with a dozen failing backups. Nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot file captured from a tenant, read offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the Azure CLI, Visual Studio Code or environment variables (read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant ID or domain (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepWidget</name>
    <message>
        <source>Unknown fix action: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It would send: {request}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the permission {permission}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change cannot be undone; it will ask first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available when this check finds a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence and guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for its turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fix}: {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
