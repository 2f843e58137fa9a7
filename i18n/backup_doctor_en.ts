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
        <source>Azure says this does not exist (any more). Refresh the view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure is throttling requests. Wait a minute, then refresh.</source>
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
        <source>Could not set up Azure sign-in. Sign in with &apos;az login&apos; or set the AZURE_* environment variables, then try again.</source>
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
        <source>Last backup failed on {time} with {code}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed backup to diagnose: checking every documented cause.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>An unexpected error occurred</source>
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
        <source>The VM is stopped but still allocated: it was shut down from inside the guest, so Azure reports a wrong state.</source>
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
        <source>The VM is not backed up, so it has no restore points.</source>
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
        <source>No access for Azure Backup (keys and secrets: get, list, backup) on {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key vault grants get, list and backup on keys and secrets.</source>
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
        <source>Powers the VM off through Azure so its reported state is right again.</source>
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
