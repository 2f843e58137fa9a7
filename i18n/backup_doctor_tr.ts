<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR" sourcelanguage="en">
<context>
    <name>ActivityPanel</name>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Etkinlik</translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation>Yalnızca &amp;hatalar</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Temizle</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n istek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n başarısız</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyPanel</name>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Retry the operation.</source>
        <translation>İşlemi yeniden deneyin.</translation>
    </message>
    <message>
        <source>Retry the backup.</source>
        <translation>Yedeklemeyi yeniden deneyin.</translation>
    </message>
    <message>
        <source>The VM agent is stopped, unresponsive or out of date.</source>
        <translation>VM aracısı durdurulmuş, yanıt vermiyor ya da güncel değil.</translation>
    </message>
    <message>
        <source>Check that the VM is running and its agent status is Ready; restart or update the VM agent.</source>
        <translation>VM&apos;nin çalıştığını ve aracı durumunun Hazır (Ready) olduğunu denetleyin; VM aracısını yeniden başlatın veya güncelleştirin.</translation>
    </message>
    <message>
        <source>The COM+ System Application or the Distributed Transaction Coordinator (MSDTC) is not healthy.</source>
        <translation>COM+ System Application ya da Distributed Transaction Coordinator (MSDTC) hizmeti düzgün çalışmıyor.</translation>
    </message>
    <message>
        <source>Start or restart the COM+ System Application service and make sure MSDTC runs as Network Service.</source>
        <translation>COM+ System Application hizmetini başlatın veya yeniden başlatın ve MSDTC&apos;nin Network Service hesabıyla çalıştığından emin olun.</translation>
    </message>
    <message>
        <source>If that does not help, reinstall MSDTC (msdtc -uninstall, then msdtc -install) and retry.</source>
        <translation>Bu işe yaramazsa MSDTC&apos;yi yeniden yükleyin (msdtc -uninstall, ardından msdtc -install) ve yeniden deneyin.</translation>
    </message>
    <message>
        <source>The source VM was deleted or moved while it was still protected.</source>
        <translation>Kaynak VM, koruma altındayken silindi veya taşındı.</translation>
    </message>
    <message>
        <source>Re-create the VM with the same name in the same resource group, or stop protection and keep or delete the backup data.</source>
        <translation>VM&apos;yi aynı kaynak grubunda aynı adla yeniden oluşturun ya da korumayı durdurup yedekleme verilerini saklayın veya silin.</translation>
    </message>
    <message>
        <source>Restore into the same subscription.</source>
        <translation>Aynı aboneliğe geri yükleyin.</translation>
    </message>
    <message>
        <source>Check the Azure VM backup support matrix for supported disks and storage.</source>
        <translation>Desteklenen diskler ve depolama için Azure VM yedeklemesi destek matrisine bakın.</translation>
    </message>
    <message>
        <source>Exclude the disk from backup or replace it with a supported one.</source>
        <translation>Diski yedeklemenin dışında bırakın ya da desteklenen bir diskle değiştirin.</translation>
    </message>
    <message>
        <source>Restore with Create new or Restore disks instead of Replace existing.</source>
        <translation>Mevcut olanı değiştir yerine Yeni oluştur veya Diskleri geri yükle seçeneğiyle geri yükleyin.</translation>
    </message>
    <message>
        <source>Wait for the other operation to finish, then retry.</source>
        <translation>Diğer işlemin bitmesini bekleyin, ardından yeniden deneyin.</translation>
    </message>
    <message>
        <source>Remove the lock and retry; do not lock the restore point resource group.</source>
        <translation>Kilidi kaldırıp yeniden deneyin; geri yükleme noktası kaynak grubunu kilitlemeyin.</translation>
    </message>
    <message>
        <source>For failing mount points, unmount them, run fsck and mount them again, or list them under MountsToSkip in /etc/azure/vmbackup.conf.</source>
        <translation>Hata veren bağlama noktalarını ayırın, fsck çalıştırıp yeniden bağlayın ya da bunları /etc/azure/vmbackup.conf dosyasında MountsToSkip altında listeleyin.</translation>
    </message>
    <message>
        <source>Install vcredist2013_x64 from the VMSnapshot plugin folder under C:\Packages\Plugins and retry.</source>
        <translation>vcredist2013_x64 paketini C:\Packages\Plugins altındaki VMSnapshot eklenti klasöründen yükleyin ve yeniden deneyin.</translation>
    </message>
    <message>
        <source>Uninstall the VMSnapshot (Linux: VMSnapshotLinux) extension; the next backup installs it again.</source>
        <translation>VMSnapshot (Linux&apos;ta VMSnapshotLinux) uzantısını kaldırın; sonraki yedekleme uzantıyı yeniden yükler.</translation>
    </message>
    <message>
        <source>VM agent cannot communicate with Azure Backup</source>
        <translation>VM aracısı Azure Backup ile iletişim kuramıyor</translation>
    </message>
    <message>
        <source>The guest agent is stopped, outdated, in an inconsistent state or not installed.</source>
        <translation>Konuk aracısı durdurulmuş, güncel değil, tutarsız durumda ya da yüklü değil.</translation>
    </message>
    <message>
        <source>Older documents also name missing outbound access and a backup extension that does not load.</source>
        <translation>Eski belgeler ayrıca giden erişimin olmamasını ve yedekleme uzantısının yüklenememesini de neden olarak gösterir.</translation>
    </message>
    <message>
        <source>Reinstall the agent if needed: the MSI on Windows, the distribution&apos;s package on Linux.</source>
        <translation>Gerekirse aracıyı yeniden yükleyin: Windows&apos;ta MSI paketiyle, Linux&apos;ta dağıtımın paketiyle.</translation>
    </message>
    <message>
        <source>Make sure every extension of the VM shows provisioning succeeded.</source>
        <translation>VM&apos;nin her uzantısının &quot;provisioning succeeded&quot; (sağlama başarılı) durumunda olduğundan emin olun.</translation>
    </message>
    <message>
        <source>No contact with the VM agent for the snapshot status</source>
        <translation>Anlık görüntü durumu için VM aracısıyla iletişim kurulamıyor</translation>
    </message>
    <message>
        <source>The snapshot status cannot be read: the VM was shut down from inside the guest, or DHCP is disabled in the guest.</source>
        <translation>Anlık görüntü durumu okunamıyor: VM konuk işletim sisteminin içinden kapatıldı ya da konukta DHCP devre dışı.</translation>
    </message>
    <message>
        <source>On Linux, waagent.conf lacks the required options, or an application control solution blocks IaaSBcdrExtension.exe.</source>
        <translation>Linux&apos;ta waagent.conf dosyasında gerekli seçenekler eksik ya da bir uygulama denetimi çözümü IaaSBcdrExtension.exe dosyasını engelliyor.</translation>
    </message>
    <message>
        <source>Update the VM model (Update-AzVM), check free space on the OS disk, then retry the backup.</source>
        <translation>VM modelini güncelleştirin (Update-AzVM), işletim sistemi diskindeki boş alanı denetleyin, ardından yedeklemeyi yeniden deneyin.</translation>
    </message>
    <message>
        <source>The VM is in a failed provisioning state</source>
        <translation>VM başarısız sağlama durumunda</translation>
    </message>
    <message>
        <source>A failed extension left the VM in the Failed provisioning state, or the VM is stuck in Updating.</source>
        <translation>Başarısız bir uzantı VM&apos;yi Failed (başarısız) sağlama durumunda bıraktı ya da VM Updating (güncelleştiriliyor) durumunda takılı kaldı.</translation>
    </message>
    <message>
        <source>Fix or remove the failing extensions and wait until the VM is healthy.</source>
        <translation>Hata veren uzantıları düzeltin veya kaldırın ve VM sağlıklı duruma gelene kadar bekleyin.</translation>
    </message>
    <message>
        <source>The restore point collection limit is reached</source>
        <translation>Geri yükleme noktası koleksiyonu sınırına ulaşıldı</translation>
    </message>
    <message>
        <source>A lock on the restore point resource group blocks the automatic clean-up of old restore points.</source>
        <translation>Geri yükleme noktası kaynak grubundaki bir kilit, eski geri yükleme noktalarının otomatik temizlenmesini engelliyor.</translation>
    </message>
    <message>
        <source>Too many backups a day: a VM may have only 18 instant restore points across all collections.</source>
        <translation>Günde çok fazla yedekleme alınıyor: bir VM&apos;nin tüm koleksiyonlarda toplam en fazla 18 anında geri yükleme noktası olabilir.</translation>
    </message>
    <message>
        <source>Remove the lock from the AzureBackupRG_&lt;geo&gt;_&lt;n&gt; resource group and do not lock it again.</source>
        <translation>AzureBackupRG_&lt;geo&gt;_&lt;n&gt; kaynak grubundaki kilidi kaldırın ve grubu yeniden kilitlemeyin.</translation>
    </message>
    <message>
        <source>Clean up the restore point collection: run an on-demand backup, or delete the collection in the portal with Show hidden types.</source>
        <translation>Geri yükleme noktası koleksiyonunu temizleyin: isteğe bağlı bir yedekleme çalıştırın ya da koleksiyonu portalda &quot;Gizli türleri göster&quot; seçeneğiyle bulup silin.</translation>
    </message>
    <message>
        <source>Backup lacks permissions on the key vault</source>
        <translation>Backup&apos;ın anahtar kasasında izni yok</translation>
    </message>
    <message>
        <source>The VM is encrypted with ADE and the Backup service cannot read its keys or secrets.</source>
        <translation>VM, ADE ile şifrelenmiş ve Backup hizmeti VM&apos;nin anahtarlarını veya gizli dizilerini okuyamıyor.</translation>
    </message>
    <message>
        <source>Grant the Backup Management Service access to keys and secrets in the portal, PowerShell or CLI.</source>
        <translation>Backup Management Service&apos;e portal, PowerShell veya CLI üzerinden anahtarlara ve gizli dizilere erişim verin.</translation>
    </message>
    <message>
        <source>On a key vault that uses Azure RBAC, assign Key Vault Administrator or an equivalent custom role.</source>
        <translation>Azure RBAC kullanan bir anahtar kasasında Key Vault Administrator rolünü ya da eşdeğer bir özel rolü atayın.</translation>
    </message>
    <message>
        <source>If access was just granted, retry a little later.</source>
        <translation>Erişim yeni verildiyse biraz sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>Snapshot failed: no network connectivity on the VM</source>
        <translation>Anlık görüntü başarısız: VM&apos;de ağ bağlantısı yok</translation>
    </message>
    <message>
        <source>Outbound access to Azure Storage is blocked by an NSG, a route, a firewall or a proxy.</source>
        <translation>Azure Storage&apos;a giden erişim bir NSG, bir yol (route), bir güvenlik duvarı ya da bir ara sunucu tarafından engelleniyor.</translation>
    </message>
    <message>
        <source>The snapshot status cannot be read because DHCP is disabled in the guest.</source>
        <translation>Konukta DHCP devre dışı olduğu için anlık görüntü durumu okunamıyor.</translation>
    </message>
    <message>
        <source>Allow outbound traffic with an NSG rule for the Storage service tag, an HTTP proxy or the AzureBackup firewall tag.</source>
        <translation>Giden trafiğe Storage hizmet etiketi için bir NSG kuralıyla, bir HTTP ara sunucusuyla ya da AzureBackup güvenlik duvarı etiketiyle izin verin.</translation>
    </message>
    <message>
        <source>Add a Microsoft.Storage service endpoint if the subnet has no internet route, and keep DHCP enabled in the guest.</source>
        <translation>Alt ağın internete giden bir yolu yoksa Microsoft.Storage hizmet uç noktası ekleyin ve konukta DHCP&apos;yi etkin bırakın.</translation>
    </message>
    <message>
        <source>VMSnapshot extension operation failed</source>
        <translation>VMSnapshot uzantısı işlemi başarısız oldu</translation>
    </message>
    <message>
        <source>The snapshot cannot be taken or its status cannot be read.</source>
        <translation>Anlık görüntü alınamıyor ya da durumu okunamıyor.</translation>
    </message>
    <message>
        <source>Backup failed with an internal error</source>
        <translation>Yedekleme bir iç hatayla başarısız oldu</translation>
    </message>
    <message>
        <source>A resource group lock stops the deletion of old restore points.</source>
        <translation>Bir kaynak grubu kilidi eski geri yükleme noktalarının silinmesini engelliyor.</translation>
    </message>
    <message>
        <source>The backup extension&apos;s files do not match Windows, or iaasvmprovider.dll is corrupt.</source>
        <translation>Yedekleme uzantısının dosyaları Windows ile uyumsuz ya da iaasvmprovider.dll bozuk.</translation>
    </message>
    <message>
        <source>Azure Backup does not support the disk size</source>
        <translation>Azure Backup bu disk boyutunu desteklemiyor</translation>
    </message>
    <message>
        <source>A disk is larger than 32 TB, or an ADE-encrypted disk is larger than 4 TB.</source>
        <translation>Bir disk 32 TB&apos;tan büyük ya da ADE ile şifrelenmiş bir disk 4 TB&apos;tan büyük.</translation>
    </message>
    <message>
        <source>Keep each disk within the limit, for example by splitting the data over several disks.</source>
        <translation>Her diski sınırın içinde tutun; örneğin verileri birkaç diske dağıtın.</translation>
    </message>
    <message>
        <source>Another backup operation is in progress</source>
        <translation>Başka bir yedekleme işlemi sürüyor</translation>
    </message>
    <message>
        <source>An earlier backup job is still running, possibly in the old vault after re-configuring protection.</source>
        <translation>Önceki bir yedekleme işi hâlâ çalışıyor; koruma yeniden yapılandırıldıysa bu iş eski kasada da olabilir.</translation>
    </message>
    <message>
        <source>Wait for the running job or cancel it (portal or Stop-AzRecoveryServicesBackupJob).</source>
        <translation>Çalışan işin bitmesini bekleyin ya da işi iptal edin (portal veya Stop-AzRecoveryServicesBackupJob).</translation>
    </message>
    <message>
        <source>If long jobs overlap the schedule, review the backup best practices.</source>
        <translation>Uzun süren işler zamanlamayla çakışıyorsa yedekleme için en iyi uygulamaları gözden geçirin.</translation>
    </message>
    <message>
        <source>The compute platform reported an error</source>
        <translation>İşlem platformu bir hata bildirdi</translation>
    </message>
    <message>
        <source>The compute platform or the VM itself raised an error during the backup.</source>
        <translation>Yedekleme sırasında işlem platformu ya da VM&apos;nin kendisi bir hata verdi.</translation>
    </message>
    <message>
        <source>Open the failed job&apos;s error details in the vault and follow their recommendation.</source>
        <translation>Kasada başarısız işin hata ayrıntılarını açın ve oradaki öneriyi izleyin.</translation>
    </message>
    <message>
        <source>The VM is not actively protected</source>
        <translation>VM etkin olarak korunmuyor</translation>
    </message>
    <message>
        <source>Protection of the VM is paused or stopped.</source>
        <translation>VM&apos;nin koruması duraklatılmış veya durdurulmuş.</translation>
    </message>
    <message>
        <source>Resume protection of the VM, then retry the backup.</source>
        <translation>VM&apos;nin korumasını sürdürün, ardından yedeklemeyi yeniden deneyin.</translation>
    </message>
    <message>
        <source>Standard SSD disks are not supported</source>
        <translation>Standart SSD diskler desteklenmiyor</translation>
    </message>
    <message>
        <source>The vault was not yet upgraded to Instant Restore; every vault has been upgraded since.</source>
        <translation>Kasa henüz Anında Geri Yükleme (Instant Restore) altyapısına yükseltilmemişti; o zamandan beri tüm kasalar yükseltildi.</translation>
    </message>
    <message>
        <source>Upgrade the vault to Instant Restore.</source>
        <translation>Kasayı Anında Geri Yükleme (Instant Restore) altyapısına yükseltin.</translation>
    </message>
    <message>
        <source>Internal error while creating the VM snapshot</source>
        <translation>VM anlık görüntüsü oluşturulurken iç hata oluştu</translation>
    </message>
    <message>
        <source>An antivirus product blocks IaaSBcdrExtension.exe; the Application event log shows it as the faulting application.</source>
        <translation>Bir virüsten koruma ürünü IaaSBcdrExtension.exe dosyasını engelliyor; Uygulama olay günlüğü bu dosyayı hata veren uygulama olarak gösterir.</translation>
    </message>
    <message>
        <source>Exclude the VMSnapshot plugin folders under C:\Packages\Plugins and C:\WindowsAzure\Logs\Plugins from the antivirus scan.</source>
        <translation>C:\Packages\Plugins ve C:\WindowsAzure\Logs\Plugins altındaki VMSnapshot eklenti klasörlerini virüsten koruma taramasının dışında bırakın.</translation>
    </message>
    <message>
        <source>Copying backed-up data from the vault timed out</source>
        <translation>Yedeklenen verilerin kasadan kopyalanması zaman aşımına uğradı</translation>
    </message>
    <message>
        <source>Transient storage errors, or too few storage IOPS to finish the transfer in time.</source>
        <translation>Geçici depolama hataları ya da aktarımı zamanında bitirmek için yetersiz depolama IOPS&apos;u.</translation>
    </message>
    <message>
        <source>Follow the VM backup best practices, then retry.</source>
        <translation>VM yedeklemesi için en iyi uygulamaları izleyin, ardından yeniden deneyin.</translation>
    </message>
    <message>
        <source>The VM is not in a state that allows backups</source>
        <translation>VM yedeklemeye izin veren bir durumda değil</translation>
    </message>
    <message>
        <source>The VM is in the Failed state or between Running and Shut down.</source>
        <translation>VM Failed (başarısız) durumunda ya da Çalışıyor ile Kapatıldı arasında bir geçiş durumunda.</translation>
    </message>
    <message>
        <source>On Linux, SELinux blocks /var/lib/waagent.</source>
        <translation>Linux&apos;ta SELinux /var/lib/waagent dizinini engelliyor.</translation>
    </message>
    <message>
        <source>Wait until the VM is in a stable state: Running, Stopped or Deallocated.</source>
        <translation>VM kararlı bir duruma gelene kadar bekleyin: Çalışıyor, Durduruldu veya Serbest bırakıldı.</translation>
    </message>
    <message>
        <source>Exclude /var/lib/waagent from the SELinux policy and make sure the backup extension is installed.</source>
        <translation>/var/lib/waagent dizinini SELinux ilkesinin dışında bırakın ve yedekleme uzantısının yüklü olduğundan emin olun.</translation>
    </message>
    <message>
        <source>No VM agent is installed on the VM.</source>
        <translation>VM&apos;de yüklü bir VM aracısı yok.</translation>
    </message>
    <message>
        <source>Install the VM agent.</source>
        <translation>VM aracısını yükleyin.</translation>
    </message>
    <message>
        <source>File system freeze failed</source>
        <translation>Dosya sistemi dondurulamadı</translation>
    </message>
    <message>
        <source>Linux fsfreeze failed: a file system is not clean, or mount entries are duplicated.</source>
        <translation>Linux fsfreeze başarısız oldu: bir dosya sistemi temiz değil ya da bağlama girdileri yinelenmiş.</translation>
    </message>
    <message>
        <source>Remove duplicate mount entries; the extension log names the failing mount points.</source>
        <translation>Yinelenen bağlama girdilerini kaldırın; uzantı günlüğü hata veren bağlama noktalarını gösterir.</translation>
    </message>
    <message>
        <source>Snapshot failed because of a COM+ error</source>
        <translation>Anlık görüntü bir COM+ hatası nedeniyle başarısız oldu</translation>
    </message>
    <message>
        <source>Extension installation failed because of a COM+ error</source>
        <translation>Uzantı yüklemesi bir COM+ hatası nedeniyle başarısız oldu</translation>
    </message>
    <message>
        <source>COM+ cannot talk to the Distributed Transaction Coordinator</source>
        <translation>COM+, Distributed Transaction Coordinator ile iletişim kuramıyor</translation>
    </message>
    <message>
        <source>The Distributed Transaction Coordinator (MSDTC) service is not healthy.</source>
        <translation>Distributed Transaction Coordinator (MSDTC) hizmeti düzgün çalışmıyor.</translation>
    </message>
    <message>
        <source>VSS writers are in a bad state</source>
        <translation>VSS yazıcıları hatalı durumda</translation>
    </message>
    <message>
        <source>VSS writers are not stable, or the VM is short of free disk space, memory or CPU.</source>
        <translation>VSS yazıcıları kararlı değil ya da VM&apos;de boş disk alanı, bellek veya CPU yetersiz.</translation>
    </message>
    <message>
        <source>Disk IOPS throttling makes the VSS provider time out.</source>
        <translation>Disk IOPS kısıtlaması VSS sağlayıcısının zaman aşımına uğramasına neden oluyor.</translation>
    </message>
    <message>
        <source>Restart the services of the writers that are not stable (vssadmin list writers) and check free space, memory and CPU.</source>
        <translation>Kararlı olmayan yazıcıların hizmetlerini yeniden başlatın (vssadmin list writers) ve boş alanı, belleği ve CPU&apos;yu denetleyin.</translation>
    </message>
    <message>
        <source>Back up at off-peak hours, spread the load over disks, or use faster disks or a larger VM size.</source>
        <translation>Yoğun olmayan saatlerde yedekleyin, yükü disklere dağıtın ya da daha hızlı diskler veya daha büyük bir VM boyutu kullanın.</translation>
    </message>
    <message>
        <source>The VSS service is in a bad state</source>
        <translation>VSS hizmeti hatalı durumda</translation>
    </message>
    <message>
        <source>The Volume Shadow Copy (VSS) service is not healthy.</source>
        <translation>Birim Gölge Kopyası (VSS) hizmeti düzgün çalışmıyor.</translation>
    </message>
    <message>
        <source>Restart the VSS service; if that fails, restart the VM in a maintenance window.</source>
        <translation>VSS hizmetini yeniden başlatın; bu başarısız olursa VM&apos;yi bir bakım penceresinde yeniden başlatın.</translation>
    </message>
    <message>
        <source>The selected VM size is not available</source>
        <translation>Seçilen VM boyutu kullanılamıyor</translation>
    </message>
    <message>
        <source>The restore creates a VM with a size that is not supported or not available in the region.</source>
        <translation>Geri yükleme, desteklenmeyen ya da bölgede kullanılamayan bir boyutta VM oluşturuyor.</translation>
    </message>
    <message>
        <source>Restore the disks, then create the VM from them with a supported size.</source>
        <translation>Diskleri geri yükleyin, ardından VM&apos;yi bu disklerden desteklenen bir boyutla oluşturun.</translation>
    </message>
    <message>
        <source>The Marketplace purchase for the VM is missing</source>
        <translation>VM için Market (Marketplace) satın alma kaydı eksik</translation>
    </message>
    <message>
        <source>The VM&apos;s Marketplace plan or offer was withdrawn; the disks were restored but the VM was not created.</source>
        <translation>VM&apos;nin Market planı veya teklifi kaldırıldı; diskler geri yüklendi ancak VM oluşturulmadı.</translation>
    </message>
    <message>
        <source>Attach the restored disks to an existing VM as data disks.</source>
        <translation>Geri yüklenen diskleri mevcut bir VM&apos;ye veri diski olarak bağlayın.</translation>
    </message>
    <message>
        <source>The backup extension configuration cannot be parsed</source>
        <translation>Yedekleme uzantısının yapılandırması ayrıştırılamıyor</translation>
    </message>
    <message>
        <source>The MachineKeys folder (%systemdrive%\programdata\microsoft\crypto\rsa\machinekeys) has non-default permissions.</source>
        <translation>MachineKeys klasörünün (%systemdrive%\programdata\microsoft\crypto\rsa\machinekeys) izinleri varsayılan değil.</translation>
    </message>
    <message>
        <source>Reset the folder&apos;s default permissions and delete the certificates issued by Windows Azure CRP Certificate Generator.</source>
        <translation>Klasörün varsayılan izinlerini geri yükleyin ve Windows Azure CRP Certificate Generator tarafından verilen sertifikaları silin.</translation>
    </message>
    <message>
        <source>The backup extension is in an inconsistent state</source>
        <translation>Yedekleme uzantısı tutarsız durumda</translation>
    </message>
    <message>
        <source>The backup extension was left in an inconsistent state.</source>
        <translation>Yedekleme uzantısı tutarsız bir durumda kaldı.</translation>
    </message>
    <message>
        <source>Make sure the VM agent is healthy.</source>
        <translation>VM aracısının sağlıklı olduğundan emin olun.</translation>
    </message>
    <message>
        <source>The snapshot limit of a disk is exceeded</source>
        <translation>Bir diskin anlık görüntü sınırı aşıldı</translation>
    </message>
    <message>
        <source>The disks have too many blob snapshots, kept by storage soft delete or taken by Azure Site Recovery.</source>
        <translation>Disklerde çok fazla blob anlık görüntüsü var; bunlar depolamanın geçici silme özelliğiyle saklanıyor ya da Azure Site Recovery tarafından alınıyor.</translation>
    </message>
    <message>
        <source>Delete blob snapshots that are no longer needed (never the base blobs) and shorten the soft-delete retention.</source>
        <translation>Artık gerekmeyen blob anlık görüntülerini silin (temel blobları asla silmeyin) ve geçici silme saklama süresini kısaltın.</translation>
    </message>
    <message>
        <source>With Azure Site Recovery, set isanysnapshotfailed=false in /etc/azure/vmbackup.conf and schedule it at another time.</source>
        <translation>Azure Site Recovery kullanılıyorsa /etc/azure/vmbackup.conf dosyasında isanysnapshotfailed=false ayarını yapın ve Site Recovery&apos;yi başka bir saate zamanlayın.</translation>
    </message>
    <message>
        <source>Snapshot failed: the VM lacks resources</source>
        <translation>Anlık görüntü başarısız: VM&apos;nin kaynakları yetersiz</translation>
    </message>
    <message>
        <source>Network calls during the snapshot are delayed.</source>
        <translation>Anlık görüntü sırasında yapılan ağ çağrıları gecikiyor.</translation>
    </message>
    <message>
        <source>Take the snapshot through the host: set SnapshotMethod=firstHostThenGuest and CalculateSnapshotTimeFromHost=True in the registry.</source>
        <translation>Anlık görüntüyü konak üzerinden alın: kayıt defterinde SnapshotMethod=firstHostThenGuest ve CalculateSnapshotTimeFromHost=True değerlerini ayarlayın.</translation>
    </message>
    <message>
        <source>Back up at a low-load time or move the VM to a larger size.</source>
        <translation>Yükün düşük olduğu bir zamanda yedekleyin ya da VM&apos;yi daha büyük bir boyuta taşıyın.</translation>
    </message>
    <message>
        <source>The VM no longer exists</source>
        <translation>VM artık yok</translation>
    </message>
    <message>
        <source>The virtual machine does not exist</source>
        <translation>Sanal makine yok</translation>
    </message>
    <message>
        <source>Not enough free space in the storage account</source>
        <translation>Depolama hesabında yeterli boş alan yok</translation>
    </message>
    <message>
        <source>On the legacy stack, the snapshot of premium unmanaged disks is copied inside the storage account, which is too full.</source>
        <translation>Eski altyapıda premium yönetilmeyen disklerin anlık görüntüsü depolama hesabının içine kopyalanır ve hesap çok dolu.</translation>
    </message>
    <message>
        <source>Keep the storage account at or below 50% of its capacity (17.5 TB).</source>
        <translation>Depolama hesabının doluluğunu kapasitesinin %50&apos;si (17,5 TB) veya altında tutun.</translation>
    </message>
    <message>
        <source>The extension cannot be installed: the VM is not running</source>
        <translation>Uzantı yüklenemiyor: VM çalışmıyor</translation>
    </message>
    <message>
        <source>The VM agent is missing or not running when the VM is registered.</source>
        <translation>VM kaydedilirken VM aracısı yüklü değil ya da çalışmıyor.</translation>
    </message>
    <message>
        <source>Install the VM agent, check the installation and the VM&apos;s agent setting, then retry the registration.</source>
        <translation>VM aracısını yükleyin, yüklemeyi ve VM&apos;nin aracı ayarını denetleyin, ardından kaydı yeniden deneyin.</translation>
    </message>
    <message>
        <source>A drive is locked by BitLocker</source>
        <translation>Bir sürücü BitLocker ile kilitli</translation>
    </message>
    <message>
        <source>A volume of the VM is locked by BitLocker Drive Encryption.</source>
        <translation>VM&apos;nin bir birimi BitLocker Sürücü Şifrelemesi ile kilitli.</translation>
    </message>
    <message>
        <source>Unlock the drives or turn off BitLocker on them, then check VSS.</source>
        <translation>Sürücülerin kilidini açın ya da bu sürücülerde BitLocker&apos;ı kapatın, ardından VSS&apos;yi denetleyin.</translation>
    </message>
    <message>
        <source>No secure network channel can be created</source>
        <translation>Güvenli ağ kanalı oluşturulamıyor</translation>
    </message>
    <message>
        <source>Strong cryptography (TLS) is not enabled for the .NET Framework.</source>
        <translation>.NET Framework için güçlü şifreleme (TLS) etkin değil.</translation>
    </message>
    <message>
        <source>Add SchUseStrongCrypto=1 under every .NET Framework key in HKLM\SOFTWARE\Microsoft.</source>
        <translation>HKLM\SOFTWARE\Microsoft altındaki her .NET Framework anahtarına SchUseStrongCrypto=1 değerini ekleyin.</translation>
    </message>
    <message>
        <source>The Visual C++ Redistributable cannot be installed</source>
        <translation>Visual C++ Yeniden Dağıtılabilir paketi yüklenemiyor</translation>
    </message>
    <message>
        <source>The Windows Installer service is disabled, rights on HKLM\SOFTWARE\Classes are missing, or an antivirus blocks the install.</source>
        <translation>Windows Installer hizmeti devre dışı, HKLM\SOFTWARE\Classes üzerinde haklar eksik ya da bir virüsten koruma ürünü yüklemeyi engelliyor.</translation>
    </message>
    <message>
        <source>Set the Msiserver service start value to 3, re-register Windows Installer, fix the registry rights and restart the guest agent.</source>
        <translation>Msiserver hizmetinin başlangıç değerini 3 yapın, Windows Installer&apos;ı yeniden kaydedin, kayıt defteri haklarını düzeltin ve konuk aracısını yeniden başlatın.</translation>
    </message>
    <message>
        <source>An Azure Policy prevents the snapshot</source>
        <translation>Bir Azure İlkesi anlık görüntüyü engelliyor</translation>
    </message>
    <message>
        <source>An Azure Policy, typically a tag rule with the Deny effect, blocks the backup resource group or the restore point collection.</source>
        <translation>Bir Azure İlkesi (genellikle Deny etkili bir etiket kuralı) yedekleme kaynak grubunu ya da geri yükleme noktası koleksiyonunu engelliyor.</translation>
    </message>
    <message>
        <source>Change the policy effect from Deny to Modify, or create the resource group yourself following Azure Backup&apos;s naming schema.</source>
        <translation>İlkenin etkisini Deny yerine Modify yapın ya da kaynak grubunu Azure Backup&apos;ın adlandırma şemasına uyarak kendiniz oluşturun.</translation>
    </message>
    <message>
        <source>A mount point cannot be opened</source>
        <translation>Bir bağlama noktası açılamıyor</translation>
    </message>
    <message>
        <source>The backup extension cannot open every mount point, for example while a file recovery session is still mounted.</source>
        <translation>Yedekleme uzantısı bağlama noktalarının hepsini açamıyor; örneğin bir dosya kurtarma oturumu hâlâ bağlı olabilir.</translation>
    </message>
    <message>
        <source>Make every mount point accessible and close any open file recovery session.</source>
        <translation>Tüm bağlama noktalarını erişilebilir yapın ve açık kalan dosya kurtarma oturumlarını kapatın.</translation>
    </message>
    <message>
        <source>The VM snapshot for the restore was not found</source>
        <translation>Geri yükleme için VM anlık görüntüsü bulunamadı</translation>
    </message>
    <message>
        <source>The snapshot recovery point was deleted before it reached the vault.</source>
        <translation>Anlık görüntü kurtarma noktası kasaya aktarılmadan önce silindi.</translation>
    </message>
    <message>
        <source>Restore from another recovery point.</source>
        <translation>Başka bir kurtarma noktasından geri yükleyin.</translation>
    </message>
    <message>
        <source>The VM moved from Trusted Launch to a standard VM</source>
        <translation>VM, Güvenilir Başlatma&apos;dan standart VM&apos;ye geçti</translation>
    </message>
    <message>
        <source>A Trusted Launch VM was changed to a standard VM, or a new VM reuses the name of a deleted Trusted Launch VM still in the vault.</source>
        <translation>Güvenilir Başlatma (Trusted Launch) özellikli bir VM standart VM&apos;ye dönüştürüldü ya da yeni bir VM, kasada hâlâ bulunan silinmiş bir Güvenilir Başlatma VM&apos;sinin adını kullanıyor.</translation>
    </message>
    <message>
        <source>Disable soft delete, stop protection and delete the data, enable soft delete again and protect the VM again.</source>
        <translation>Geçici silmeyi devre dışı bırakın, korumayı durdurup verileri silin, geçici silmeyi yeniden etkinleştirin ve VM&apos;yi yeniden koruyun.</translation>
    </message>
    <message>
        <source>Or give the VM a different name or resource group.</source>
        <translation>Ya da VM&apos;ye farklı bir ad veya kaynak grubu verin.</translation>
    </message>
    <message>
        <source>Cross-subscription restore does not support the original location</source>
        <translation>Abonelikler arası geri yükleme özgün konumu desteklemiyor</translation>
    </message>
    <message>
        <source>A cross-subscription restore was requested with the original location option.</source>
        <translation>Abonelikler arası bir geri yükleme, özgün konum seçeneğiyle istendi.</translation>
    </message>
    <message>
        <source>Use Create new or Restore disks.</source>
        <translation>Yeni oluştur veya Diskleri geri yükle seçeneğini kullanın.</translation>
    </message>
    <message>
        <source>Cross-subscription restore does not support unmanaged disks</source>
        <translation>Abonelikler arası geri yükleme yönetilmeyen diskleri desteklemiyor</translation>
    </message>
    <message>
        <source>The source VM has unmanaged disks.</source>
        <translation>Kaynak VM&apos;nin yönetilmeyen diskleri var.</translation>
    </message>
    <message>
        <source>Cross-subscription and cross-region restore cannot be combined</source>
        <translation>Abonelikler arası ve bölgeler arası geri yükleme birlikte kullanılamaz</translation>
    </message>
    <message>
        <source>Both a cross-region and a cross-subscription restore were requested.</source>
        <translation>Hem bölgeler arası hem de abonelikler arası geri yükleme istendi.</translation>
    </message>
    <message>
        <source>Choose either cross-region or cross-subscription restore.</source>
        <translation>Bölgeler arası ya da abonelikler arası geri yüklemeden yalnızca birini seçin.</translation>
    </message>
    <message>
        <source>Cross-subscription restore does not support snapshot recovery points</source>
        <translation>Abonelikler arası geri yükleme anlık görüntü kurtarma noktalarını desteklemiyor</translation>
    </message>
    <message>
        <source>The recovery point exists only in the snapshot tier.</source>
        <translation>Kurtarma noktası yalnızca anlık görüntü katmanında var.</translation>
    </message>
    <message>
        <source>Pick a recovery point that is in the vault tier.</source>
        <translation>Kasa katmanında bulunan bir kurtarma noktası seçin.</translation>
    </message>
    <message>
        <source>The source and target subscriptions are in different tenants</source>
        <translation>Kaynak ve hedef abonelikler farklı kiracılarda</translation>
    </message>
    <message>
        <source>The source and target subscriptions belong to different tenants.</source>
        <translation>Kaynak ve hedef abonelikler farklı kiracılara ait.</translation>
    </message>
    <message>
        <source>Use subscriptions of the same tenant.</source>
        <translation>Aynı kiracıya ait abonelikler kullanın.</translation>
    </message>
    <message>
        <source>The target subscription is not registered for Recovery Services</source>
        <translation>Hedef abonelik Recovery Services için kayıtlı değil</translation>
    </message>
    <message>
        <source>The Microsoft.RecoveryServices resource provider is not registered in the target subscription.</source>
        <translation>Microsoft.RecoveryServices kaynak sağlayıcısı hedef abonelikte kayıtlı değil.</translation>
    </message>
    <message>
        <source>Register the Microsoft.RecoveryServices resource provider in the target subscription; creating a vault there also registers it.</source>
        <translation>Microsoft.RecoveryServices kaynak sağlayıcısını hedef abonelikte kaydedin; orada bir kasa oluşturmak da sağlayıcıyı kaydeder.</translation>
    </message>
    <message>
        <source>Cross-subscription restore does not support encrypted VMs</source>
        <translation>Abonelikler arası geri yükleme şifrelenmiş VM&apos;leri desteklemiyor</translation>
    </message>
    <message>
        <source>The VM is encrypted with Azure Disk Encryption.</source>
        <translation>VM, Azure Disk Şifrelemesi (ADE) ile şifrelenmiş.</translation>
    </message>
    <message>
        <source>Cross-subscription restore does not support Trusted Launch VMs</source>
        <translation>Abonelikler arası geri yükleme Güvenilir Başlatma VM&apos;lerini desteklemiyor</translation>
    </message>
    <message>
        <source>The VM is a Trusted Launch VM.</source>
        <translation>VM bir Güvenilir Başlatma (Trusted Launch) VM&apos;si.</translation>
    </message>
    <message>
        <source>The protected VM was not found</source>
        <translation>Korunan VM bulunamadı</translation>
    </message>
    <message>
        <source>The VM was deleted or moved to another resource group or subscription without stopping protection.</source>
        <translation>VM, koruma durdurulmadan silindi ya da başka bir kaynak grubuna veya aboneliğe taşındı.</translation>
    </message>
    <message>
        <source>Make sure the VM exists, or stop protection of the backup item.</source>
        <translation>VM&apos;nin var olduğundan emin olun ya da yedekleme öğesinin korumasını durdurun.</translation>
    </message>
    <message>
        <source>Delete backup items whose VM no longer exists: their last recovery point is kept and billed.</source>
        <translation>VM&apos;si artık olmayan yedekleme öğelerini silin: bunların son kurtarma noktası saklanır ve ücretlendirilir.</translation>
    </message>
    <message>
        <source>The VMSnapshot extension manifest is missing</source>
        <translation>VMSnapshot uzantısı bildirim (manifest) dosyası eksik</translation>
    </message>
    <message>
        <source>The VMSnapshot extension manifest file is missing, often deleted by antivirus or anti-malware software.</source>
        <translation>VMSnapshot uzantısının bildirim (manifest) dosyası eksik; dosya çoğunlukla virüsten koruma veya kötü amaçlı yazılımdan koruma yazılımı tarafından silinir.</translation>
    </message>
    <message>
        <source>Extract the manifest from the plugin package into the version folder again and find the program that deletes it.</source>
        <translation>Bildirim dosyasını eklenti paketinden sürüm klasörüne yeniden çıkarın ve dosyayı silen programı bulun.</translation>
    </message>
    <message>
        <source>Another backup job is running.</source>
        <translation>Başka bir yedekleme işi çalışıyor.</translation>
    </message>
    <message>
        <source>Wait for the running job or cancel it, and check the old vault if protection was re-configured.</source>
        <translation>Çalışan işin bitmesini bekleyin ya da işi iptal edin; koruma yeniden yapılandırıldıysa eski kasayı da denetleyin.</translation>
    </message>
    <message>
        <source>Internal error of the compute platform</source>
        <translation>İşlem platformunun iç hatası</translation>
    </message>
    <message>
        <source>An error of the guest agent or of an extension.</source>
        <translation>Konuk aracısının ya da bir uzantının hatası.</translation>
    </message>
    <message>
        <source>Make sure the VM and its agent are running and every extension shows provisioning succeeded.</source>
        <translation>VM&apos;nin ve aracısının çalıştığından ve her uzantının &quot;provisioning succeeded&quot; (sağlama başarılı) durumunda olduğundan emin olun.</translation>
    </message>
    <message>
        <source>For VMs created from a generalized image, install the VM agent.</source>
        <translation>Genelleştirilmiş bir görüntüden oluşturulan VM&apos;lere VM aracısını yükleyin.</translation>
    </message>
    <message>
        <source>Another operation is in progress on the item</source>
        <translation>Öğe üzerinde başka bir işlem sürüyor</translation>
    </message>
    <message>
        <source>Another operation runs on the same backup item.</source>
        <translation>Aynı yedekleme öğesi üzerinde başka bir işlem çalışıyor.</translation>
    </message>
    <message>
        <source>Extension command execution failed</source>
        <translation>Uzantı komutu yürütülemedi</translation>
    </message>
    <message>
        <source>The backup extension is in a bad state.</source>
        <translation>Yedekleme uzantısı hatalı durumda.</translation>
    </message>
    <message>
        <source>Set the registry value IsProviderInstalled=False, rename the Microsoft.WindowsAzure.Storage folder in the GAC and run a manual backup.</source>
        <translation>Kayıt defterinde IsProviderInstalled=False değerini ayarlayın, GAC içindeki Microsoft.WindowsAzure.Storage klasörünün adını değiştirin ve el ile bir yedekleme çalıştırın.</translation>
    </message>
    <message>
        <source>The VM is out of memory</source>
        <translation>VM&apos;nin belleği yetersiz</translation>
    </message>
    <message>
        <source>The VM does not have enough free memory.</source>
        <translation>VM&apos;de yeterli boş bellek yok.</translation>
    </message>
    <message>
        <source>Restart the VM to free memory, or move it to a size with more memory.</source>
        <translation>Belleği boşaltmak için VM&apos;yi yeniden başlatın ya da daha fazla belleği olan bir boyuta taşıyın.</translation>
    </message>
    <message>
        <source>Another client took a snapshot at the same time</source>
        <translation>Başka bir istemci aynı anda anlık görüntü aldı</translation>
    </message>
    <message>
        <source>Another product snapshots the same disk at the same time; a disk allows one snapshot per minute.</source>
        <translation>Başka bir ürün aynı diskin anlık görüntüsünü aynı anda alıyor; bir disk dakikada yalnızca bir anlık görüntüye izin verir.</translation>
    </message>
    <message>
        <source>Move the schedules apart so that the snapshots do not coincide.</source>
        <translation>Anlık görüntüler çakışmayacak şekilde zamanlamaları birbirinden ayırın.</translation>
    </message>
    <message>
        <source>Network delay during the disk snapshot</source>
        <translation>Disk anlık görüntüsü sırasında ağ gecikmesi</translation>
    </message>
    <message>
        <source>A proxy or network appliance delays the calls that take the disk snapshots.</source>
        <translation>Bir ara sunucu ya da ağ cihazı disk anlık görüntülerini alan çağrıları geciktiriyor.</translation>
    </message>
    <message>
        <source>Remove the network or proxy delay, for example with bitsadmin /Util /SetIEProxy LOCALSYSTEM NO_PROXY.</source>
        <translation>Ağ veya ara sunucu gecikmesini giderin; örneğin bitsadmin /Util /SetIEProxy LOCALSYSTEM NO_PROXY komutunu kullanın.</translation>
    </message>
    <message>
        <source>The backup extension installation failed</source>
        <translation>Yedekleme uzantısı yüklemesi başarısız oldu</translation>
    </message>
    <message>
        <source>The Visual C++ Redistributable installation failed, an antivirus interferes, or SQL prerequisites are missing.</source>
        <translation>Visual C++ Yeniden Dağıtılabilir paketinin yüklemesi başarısız oldu, bir virüsten koruma ürünü müdahale ediyor ya da SQL önkoşulları eksik.</translation>
    </message>
    <message>
        <source>Add antivirus exclusions and check the SQL sysadmin rights and prerequisites.</source>
        <translation>Virüsten koruma dışlamaları ekleyin ve SQL sysadmin haklarını ve önkoşullarını denetleyin.</translation>
    </message>
    <message>
        <source>The extension cannot be installed: desktop heap exhausted</source>
        <translation>Uzantı yüklenemiyor: masaüstü yığını tükendi</translation>
    </message>
    <message>
        <source>The Windows desktop heap (SharedSection) is exhausted.</source>
        <translation>Windows masaüstü yığını (SharedSection) tükendi.</translation>
    </message>
    <message>
        <source>Set SharedSection=1024,20480,4096 in the Windows registry and restart the VM.</source>
        <translation>Windows kayıt defterinde SharedSection=1024,20480,4096 değerini ayarlayın ve VM&apos;yi yeniden başlatın.</translation>
    </message>
    <message>
        <source>The VM changed while the restore point was created</source>
        <translation>Geri yükleme noktası oluşturulurken VM değişti</translation>
    </message>
    <message>
        <source>The VM model changed while Create Restore Point was running.</source>
        <translation>Geri Yükleme Noktası Oluşturma işlemi sürerken VM modeli değişti.</translation>
    </message>
    <message>
        <source>Retry the backup; the error is transient.</source>
        <translation>Yedeklemeyi yeniden deneyin; hata geçicidir.</translation>
    </message>
    <message>
        <source>The application-consistent pre-script timed out</source>
        <translation>Uygulamayla tutarlı ön betik zaman aşımına uğradı</translation>
    </message>
    <message>
        <source>A Linux pre- or post-script ran longer than its timeout (default 30 s); the backup falls back to file-system consistency.</source>
        <translation>Bir Linux ön veya son betiği zaman aşımı süresinden (varsayılan 30 sn) uzun sürdü; yedekleme dosya sistemiyle tutarlı moda geri döner.</translation>
    </message>
    <message>
        <source>Raise the timeout in /etc/azure/VMSnapshotScriptPluginConfig.json (at most 1800 s).</source>
        <translation>/etc/azure/VMSnapshotScriptPluginConfig.json dosyasında zaman aşımını artırın (en fazla 1800 sn).</translation>
    </message>
    <message>
        <source>The guest agent certificate was not found</source>
        <translation>Konuk aracısı sertifikası bulunamadı</translation>
    </message>
    <message>
        <source>The CRP certificate is missing or expired, or the VM clock is out of sync.</source>
        <translation>CRP sertifikası eksik veya süresi dolmuş ya da VM&apos;nin saati eşitlenmemiş.</translation>
    </message>
    <message>
        <source>Fix the time synchronization; if the certificate has expired, deallocate and start the VM.</source>
        <translation>Saat eşitlemesini düzeltin; sertifikanın süresi dolduysa VM&apos;yi serbest bırakıp yeniden başlatın.</translation>
    </message>
    <message>
        <source>The extension&apos;s runtime environment is missing</source>
        <translation>Uzantının çalışma zamanı ortamı eksik</translation>
    </message>
    <message>
        <source>A runtime is missing: .NET on Windows, Python on Linux, or the OS is not supported.</source>
        <translation>Bir çalışma zamanı eksik: Windows&apos;ta .NET, Linux&apos;ta Python ya da işletim sistemi desteklenmiyor.</translation>
    </message>
    <message>
        <source>Install .NET or Python and check the supported operating systems.</source>
        <translation>.NET veya Python&apos;u yükleyin ve desteklenen işletim sistemlerini denetleyin.</translation>
    </message>
    <message>
        <source>The managed restore point could not be created</source>
        <translation>Yönetilen geri yükleme noktası oluşturulamadı</translation>
    </message>
    <message>
        <source>A VM agent problem while the managed restore point was created.</source>
        <translation>Yönetilen geri yükleme noktası oluşturulurken bir VM aracısı sorunu oluştu.</translation>
    </message>
    <message>
        <source>Restart or update the VM agent, then retry the backup.</source>
        <translation>VM aracısını yeniden başlatın veya güncelleştirin, ardından yedeklemeyi yeniden deneyin.</translation>
    </message>
    <message>
        <source>The Linux backup extension hung or crashed</source>
        <translation>Linux yedekleme uzantısı takıldı veya çöktü</translation>
    </message>
    <message>
        <source>The Linux backup extension hangs, for example with many disks or on the temporary disk.</source>
        <translation>Linux yedekleme uzantısı takılıyor; örneğin çok sayıda diskte ya da geçici diskte.</translation>
    </message>
    <message>
        <source>Set seqsnapshot = 2 in /etc/azure/vmbackup.conf when the VM has more than 4 disks, and skip the temporary disk with MountsToSkip.</source>
        <translation>VM&apos;nin 4&apos;ten fazla diski varsa /etc/azure/vmbackup.conf dosyasında seqsnapshot = 2 ayarını yapın ve geçici diski MountsToSkip ile atlayın.</translation>
    </message>
    <message>
        <source>The snapshot before replacing the disks failed</source>
        <translation>Diskler değiştirilmeden önceki anlık görüntü başarısız oldu</translation>
    </message>
    <message>
        <source>A restore that replaces the existing disks could not take its snapshot first.</source>
        <translation>Mevcut diskleri değiştiren bir geri yükleme önce anlık görüntüsünü alamadı.</translation>
    </message>
    <message>
        <source>Restore with Create new instead of Replace existing.</source>
        <translation>Mevcut olanı değiştir yerine Yeni oluştur seçeneğiyle geri yükleyin.</translation>
    </message>
    <message>
        <source>The restore storage account does not exist</source>
        <translation>Geri yükleme depolama hesabı yok</translation>
    </message>
    <message>
        <source>The staging storage account was deleted.</source>
        <translation>Hazırlama (staging) depolama hesabı silindi.</translation>
    </message>
    <message>
        <source>Use an existing storage account and keep it until the restore ends.</source>
        <translation>Var olan bir depolama hesabı kullanın ve geri yükleme bitene kadar hesabı silmeyin.</translation>
    </message>
    <message>
        <source>Too many data disks</source>
        <translation>Çok fazla veri diski var</translation>
    </message>
    <message>
        <source>The VM has more data disks than supported (32 managed, 16 unmanaged).</source>
        <translation>VM&apos;de desteklenenden fazla veri diski var (yönetilen için 32, yönetilmeyen için 16).</translation>
    </message>
    <message>
        <source>Detach disks and retry.</source>
        <translation>Diskleri ayırın ve yeniden deneyin.</translation>
    </message>
    <message>
        <source>The VM uses classic storage</source>
        <translation>VM klasik depolama kullanıyor</translation>
    </message>
    <message>
        <source>The VM&apos;s disks are on a classic storage account.</source>
        <translation>VM&apos;nin diskleri klasik bir depolama hesabında.</translation>
    </message>
    <message>
        <source>Move the disks or the VM to Resource Manager storage.</source>
        <translation>Diskleri veya VM&apos;yi Resource Manager depolamasına taşıyın.</translation>
    </message>
    <message>
        <source>The subscription&apos;s core quota is reached</source>
        <translation>Aboneliğin çekirdek kotasına ulaşıldı</translation>
    </message>
    <message>
        <source>The restore would exceed the subscription&apos;s core quota.</source>
        <translation>Geri yükleme aboneliğin çekirdek kotasını aşacak.</translation>
    </message>
    <message>
        <source>Request a higher quota.</source>
        <translation>Daha yüksek bir kota isteyin.</translation>
    </message>
    <message>
        <source>File system freeze timed out</source>
        <translation>Dosya sistemi dondurma işlemi zaman aşımına uğradı</translation>
    </message>
    <message>
        <source>Linux fsfreeze timed out.</source>
        <translation>Linux fsfreeze zaman aşımına uğradı.</translation>
    </message>
    <message>
        <source>An Azure resource does not exist</source>
        <translation>Bir Azure kaynağı yok</translation>
    </message>
    <message>
        <source>A resource the operation refers to no longer exists.</source>
        <translation>İşlemin başvurduğu bir kaynak artık yok.</translation>
    </message>
    <message>
        <source>Make sure the resource exists, then retry.</source>
        <translation>Kaynağın var olduğundan emin olun, ardından yeniden deneyin.</translation>
    </message>
    <message>
        <source>The Linux guest agent version is not supported</source>
        <translation>Linux konuk aracısının sürümü desteklenmiyor</translation>
    </message>
    <message>
        <source>The Linux VM agent is older than the supported minimum.</source>
        <translation>Linux VM aracısı desteklenen en düşük sürümden eski.</translation>
    </message>
    <message>
        <source>Update the Linux VM agent from the distribution&apos;s repository.</source>
        <translation>Linux VM aracısını dağıtımın paket deposundan güncelleştirin.</translation>
    </message>
    <message>
        <source>The hosted service quota is reached</source>
        <translation>Barındırılan hizmet kotasına ulaşıldı</translation>
    </message>
    <message>
        <source>The subscription&apos;s hosted service (classic) quota is reached.</source>
        <translation>Aboneliğin barındırılan hizmet (klasik) kotasına ulaşıldı.</translation>
    </message>
    <message>
        <source>Request higher limits for the subscription.</source>
        <translation>Abonelik için daha yüksek sınırlar isteyin.</translation>
    </message>
    <message>
        <source>The subscription moved to another tenant</source>
        <translation>Abonelik başka bir kiracıya taşındı</translation>
    </message>
    <message>
        <source>The subscription was transferred to another tenant.</source>
        <translation>Abonelik başka bir kiracıya aktarıldı.</translation>
    </message>
    <message>
        <source>Restore to an alternate location or restore the disks; the original location is not possible.</source>
        <translation>Alternatif bir konuma geri yükleyin ya da diskleri geri yükleyin; özgün konuma geri yükleme mümkün değil.</translation>
    </message>
    <message>
        <source>The operation is not valid for managed disks</source>
        <translation>İşlem yönetilen diskler için geçerli değil</translation>
    </message>
    <message>
        <source>Snapshots are not supported on a disk with Write Accelerator.</source>
        <translation>Write Accelerator etkin bir diskte anlık görüntü desteklenmiyor.</translation>
    </message>
    <message>
        <source>Invalid VM network configuration</source>
        <translation>Geçersiz VM ağ yapılandırması</translation>
    </message>
    <message>
        <source>A classic VM&apos;s extension cannot be updated.</source>
        <translation>Klasik bir VM&apos;nin uzantısı güncelleştirilemiyor.</translation>
    </message>
    <message>
        <source>Back up the VM while it is shut down and start it after the snapshot.</source>
        <translation>VM&apos;yi kapalıyken yedekleyin ve anlık görüntüden sonra başlatın.</translation>
    </message>
    <message>
        <source>Invalid encryption information for the VM</source>
        <translation>VM için geçersiz şifreleme bilgisi</translation>
    </message>
    <message>
        <source>ADE with an Azure AD application and ADE without one are mixed, which is not supported.</source>
        <translation>Azure AD uygulamalı ADE ile uygulamasız ADE bir arada kullanılmış; bu desteklenmez.</translation>
    </message>
    <message>
        <source>Keep the VM&apos;s original Azure Disk Encryption mode.</source>
        <translation>VM&apos;nin özgün Azure Disk Şifrelemesi modunu koruyun.</translation>
    </message>
    <message>
        <source>The job was cancelled by a reboot</source>
        <translation>İş, yeniden başlatma nedeniyle iptal edildi</translation>
    </message>
    <message>
        <source>The VM restarted during the job.</source>
        <translation>VM iş sırasında yeniden başladı.</translation>
    </message>
    <message>
        <source>The job was cancelled</source>
        <translation>İş iptal edildi</translation>
    </message>
    <message>
        <source>A user cancelled the job.</source>
        <translation>Bir kullanıcı işi iptal etti.</translation>
    </message>
    <message>
        <source>Storage accounts with network rules are not supported</source>
        <translation>Ağ kuralları olan depolama hesapları desteklenmiyor</translation>
    </message>
    <message>
        <source>A managed-disk VM is restored to a storage account restricted by a firewall.</source>
        <translation>Yönetilen diskli bir VM, güvenlik duvarıyla kısıtlanmış bir depolama hesabına geri yükleniyor.</translation>
    </message>
    <message>
        <source>Allow access on the storage account or use one without network restrictions.</source>
        <translation>Depolama hesabında erişime izin verin ya da ağ kısıtlaması olmayan bir hesap kullanın.</translation>
    </message>
    <message>
        <source>The selected restore type is not supported</source>
        <translation>Seçilen geri yükleme türü desteklenmiyor</translation>
    </message>
    <message>
        <source>Replace existing was used in a scenario that does not support it.</source>
        <translation>Mevcut olanı değiştir seçeneği, bunu desteklemeyen bir senaryoda kullanıldı.</translation>
    </message>
    <message>
        <source>Original location restore is not possible with excluded disks</source>
        <translation>Disk dışlanmışsa özgün konuma geri yükleme yapılamaz</translation>
    </message>
    <message>
        <source>The recovery point has disks that were excluded from the backup.</source>
        <translation>Kurtarma noktasında yedeklemenin dışında bırakılmış diskler var.</translation>
    </message>
    <message>
        <source>Restore the disks instead.</source>
        <translation>Bunun yerine diskleri geri yükleyin.</translation>
    </message>
    <message>
        <source>The vault&apos;s protection quota is exceeded</source>
        <translation>Kasanın koruma kotası aşıldı</translation>
    </message>
    <message>
        <source>The vault protects as many items as it can.</source>
        <translation>Kasa koruyabileceği en fazla sayıda öğeyi koruyor.</translation>
    </message>
    <message>
        <source>Create a new vault and protect the VM there.</source>
        <translation>Yeni bir kasa oluşturun ve VM&apos;yi orada koruyun.</translation>
    </message>
    <message>
        <source>A lock blocks the backup</source>
        <translation>Bir kilit yedeklemeyi engelliyor</translation>
    </message>
    <message>
        <source>A lock is set on the VM or on the restore point resource group.</source>
        <translation>VM&apos;de ya da geri yükleme noktası kaynak grubunda bir kilit var.</translation>
    </message>
    <message>
        <source>The restore destination blob was not found</source>
        <translation>Geri yükleme hedef blobu bulunamadı</translation>
    </message>
    <message>
        <source>The target storage account or blob was deleted during the restore.</source>
        <translation>Hedef depolama hesabı veya blob geri yükleme sırasında silindi.</translation>
    </message>
    <message>
        <source>Retry the restore into another storage account and do not delete it while the restore runs.</source>
        <translation>Geri yüklemeyi başka bir depolama hesabına yeniden deneyin ve geri yükleme sürerken hesabı silmeyin.</translation>
    </message>
    <message>
        <source>Another restore operation is in progress</source>
        <translation>Başka bir geri yükleme işlemi sürüyor</translation>
    </message>
    <message>
        <source>Another restore of the item is running.</source>
        <translation>Öğenin başka bir geri yüklemesi çalışıyor.</translation>
    </message>
    <message>
        <source>The restore point collection was deleted</source>
        <translation>Geri yükleme noktası koleksiyonu silindi</translation>
    </message>
    <message>
        <source>The restore point collection was deleted during a backup.</source>
        <translation>Geri yükleme noktası koleksiyonu bir yedekleme sırasında silindi.</translation>
    </message>
    <message>
        <source>Retry the backup and do not delete restore point collections in the backup resource group.</source>
        <translation>Yedeklemeyi yeniden deneyin ve yedekleme kaynak grubundaki geri yükleme noktası koleksiyonlarını silmeyin.</translation>
    </message>
    <message>
        <source>The restore point collection is being deleted</source>
        <translation>Geri yükleme noktası koleksiyonu siliniyor</translation>
    </message>
    <message>
        <source>The restore point collection is in a deleting state.</source>
        <translation>Geri yükleme noktası koleksiyonu silinme durumunda.</translation>
    </message>
    <message>
        <source>Wait until the restore point collection is consistent, then retry.</source>
        <translation>Geri yükleme noktası koleksiyonu tutarlı duruma gelene kadar bekleyin, ardından yeniden deneyin.</translation>
    </message>
    <message>
        <source>Shared disks are not supported</source>
        <translation>Paylaşılan diskler desteklenmiyor</translation>
    </message>
    <message>
        <source>A shared disk is attached to the VM.</source>
        <translation>VM&apos;ye paylaşılan bir disk bağlı.</translation>
    </message>
    <message>
        <source>The storage account is locked</source>
        <translation>Depolama hesabı kilitli</translation>
    </message>
    <message>
        <source>A lock, typically read-only, is set on the storage account.</source>
        <translation>Depolama hesabında bir kilit (genellikle salt okunur) var.</translation>
    </message>
    <message>
        <source>Remove the lock, or use a delete lock instead of a read-only lock.</source>
        <translation>Kilidi kaldırın ya da salt okunur kilit yerine silme kilidi kullanın.</translation>
    </message>
    <message>
        <source>The disk configuration is not supported</source>
        <translation>Disk yapılandırması desteklenmiyor</translation>
    </message>
    <message>
        <source>The VM has an unsupported disk configuration.</source>
        <translation>VM&apos;nin disk yapılandırması desteklenmiyor.</translation>
    </message>
    <message>
        <source>The storage type is not supported</source>
        <translation>Depolama türü desteklenmiyor</translation>
    </message>
    <message>
        <source>A disk of the VM has a type that Azure Backup does not support.</source>
        <translation>VM&apos;nin bir diskinin türü Azure Backup tarafından desteklenmiyor.</translation>
    </message>
    <message>
        <source>A VM with the same name already exists</source>
        <translation>Aynı ada sahip bir VM zaten var</translation>
    </message>
    <message>
        <source>The restore target name is already used in the resource group.</source>
        <translation>Geri yükleme hedefinin adı kaynak grubunda zaten kullanılıyor.</translation>
    </message>
    <message>
        <source>Use another VM name or resource group.</source>
        <translation>Başka bir VM adı veya kaynak grubu kullanın.</translation>
    </message>
    <message>
        <source>The VM cannot reach Azure Backup</source>
        <translation>VM, Azure Backup&apos;a ulaşamıyor</translation>
    </message>
    <message>
        <source>The VM has no outbound access to Azure Backup, Azure Storage or Azure AD during registration.</source>
        <translation>Kayıt sırasında VM&apos;nin Azure Backup, Azure Storage veya Azure AD&apos;ye giden erişimi yok.</translation>
    </message>
    <message>
        <source>Open the outbound network path with service tags or a proxy.</source>
        <translation>Giden ağ yolunu hizmet etiketleriyle ya da bir ara sunucuyla açın.</translation>
    </message>
    <message>
        <source>The VM and the vault are in different regions</source>
        <translation>VM ve kasa farklı bölgelerde</translation>
    </message>
    <message>
        <source>The vault is in another region than the VM.</source>
        <translation>Kasa, VM&apos;den farklı bir bölgede.</translation>
    </message>
    <message>
        <source>Use a vault in the VM&apos;s region.</source>
        <translation>VM&apos;nin bölgesindeki bir kasayı kullanın.</translation>
    </message>
    <message>
        <source>Write Accelerator disks are not supported</source>
        <translation>Write Accelerator diskleri desteklenmiyor</translation>
    </message>
    <message>
        <source>A disk has Write Accelerator enabled; such disks are excluded automatically.</source>
        <translation>Bir diskte Write Accelerator etkin; bu tür diskler otomatik olarak yedeklemenin dışında bırakılır.</translation>
    </message>
    <message>
        <source>The Linux backup configuration file is not ASCII</source>
        <translation>Linux yedekleme yapılandırma dosyası ASCII değil</translation>
    </message>
    <message>
        <source>The file /etc/azure/vmbackup.conf is not encoded in ASCII.</source>
        <translation>/etc/azure/vmbackup.conf dosyası ASCII olarak kodlanmamış.</translation>
    </message>
    <message>
        <source>Convert /etc/azure/vmbackup.conf to ASCII, for example with iconv -t ASCII.</source>
        <translation>/etc/azure/vmbackup.conf dosyasını ASCII&apos;ye dönüştürün; örneğin iconv -t ASCII komutuyla.</translation>
    </message>
    <message>
        <source>Mounting the disk for file recovery failed</source>
        <translation>Dosya kurtarma için diskin bağlanması başarısız oldu</translation>
    </message>
    <message>
        <source>The iSCSI target is connected but inactive.</source>
        <translation>iSCSI hedefi bağlı ancak etkin değil.</translation>
    </message>
    <message>
        <source>Disconnect the iSCSI target and retry the file recovery.</source>
        <translation>iSCSI hedefinin bağlantısını kesin ve dosya kurtarmayı yeniden deneyin.</translation>
    </message>
    <message>
        <source>The VM restore point could not be created</source>
        <translation>VM geri yükleme noktası oluşturulamadı</translation>
    </message>
    <message>
        <source>A client-side cause such as shared disks, COM+, VSS writers, MSDTC, too few VM resources or no network connectivity.</source>
        <translation>Paylaşılan diskler, COM+, VSS yazıcıları, MSDTC, yetersiz VM kaynakları veya ağ bağlantısının olmaması gibi istemci tarafı bir neden.</translation>
    </message>
    <message>
        <source>Read the error text and follow the remedy of the matching backup error.</source>
        <translation>Hata metnini okuyun ve eşleşen yedekleme hatasının çözümünü uygulayın.</translation>
    </message>
    <message>
        <source>The VM agent has not reported its status</source>
        <translation>VM aracısı durumunu bildirmedi</translation>
    </message>
    <message>
        <source>The key vault of the disk encryption set was not found</source>
        <translation>Disk şifreleme kümesinin anahtar kasası bulunamadı</translation>
    </message>
    <message>
        <source>The key vault or the disk encryption set of a disk is missing.</source>
        <translation>Bir diskin anahtar kasası veya disk şifreleme kümesi eksik.</translation>
    </message>
    <message>
        <source>Re-create the missing key vault or disk encryption set.</source>
        <translation>Eksik anahtar kasasını veya disk şifreleme kümesini yeniden oluşturun.</translation>
    </message>
    <message>
        <source>The VM model was updated during the operation, or some disks were not allocated.</source>
        <translation>VM modeli işlem sırasında güncelleştirildi ya da bazı diskler ayrılamadı.</translation>
    </message>
    <message>
        <source>Retry after the model update and exclude disks that are not allocated.</source>
        <translation>Model güncelleştirmesinden sonra yeniden deneyin ve ayrılmamış diskleri dışarıda bırakın.</translation>
    </message>
    <message>
        <source>An internal execution error occurred</source>
        <translation>Bir iç yürütme hatası oluştu</translation>
    </message>
</context>
<context>
    <name>Cause</name>
    <message>
        <source>Troubleshoot agent and extension issues</source>
        <translation>Aracı ve uzantı sorunlarını giderme</translation>
    </message>
    <message>
        <source>Latest Windows VM agent (MSI)</source>
        <translation>En son Windows VM aracısı (MSI)</translation>
    </message>
    <message>
        <source>Update the Linux VM agent</source>
        <translation>Linux VM aracısını güncelleştirme</translation>
    </message>
    <message>
        <source>Remove the lock from the restore point resource group</source>
        <translation>Geri yükleme noktası kaynak grubundan kilidi kaldırma</translation>
    </message>
    <message>
        <source>Clean up the restore point collection</source>
        <translation>Geri yükleme noktası koleksiyonunu temizleme</translation>
    </message>
    <message>
        <source>Establish network connectivity</source>
        <translation>Ağ bağlantısı kurma</translation>
    </message>
    <message>
        <source>Back up encrypted VMs</source>
        <translation>Şifrelenmiş VM&apos;leri yedekleme</translation>
    </message>
    <message>
        <source>Azure VM backup support matrix</source>
        <translation>Azure VM yedeklemesi destek matrisi</translation>
    </message>
    <message>
        <source>Troubleshoot Azure VM backup errors</source>
        <translation>Azure VM yedekleme hatalarını giderme</translation>
    </message>
    <message>
        <source>Stop protecting a VM</source>
        <translation>Bir VM&apos;nin korumasını durdurma</translation>
    </message>
    <message>
        <source>The protected VM no longer exists</source>
        <translation>Korunan VM artık yok</translation>
    </message>
    <message>
        <source>Azure Backup still protects a VM that was deleted, or moved to another resource group or subscription: every scheduled and on-demand backup of it fails.</source>
        <translation>Azure Backup, silinmiş ya da başka bir kaynak grubuna veya aboneliğe taşınmış bir VM&apos;yi hâlâ koruyor: bu VM&apos;nin zamanlanmış ve isteğe bağlı tüm yedeklemeleri başarısız oluyor.</translation>
    </message>
    <message>
        <source>If the VM was moved or re-created, protect it again under its new id. Otherwise stop protection: &apos;Retain backup data&apos; keeps the recovery points (still billed), &apos;Delete backup data&apos; removes them.</source>
        <translation>VM taşındıysa veya yeniden oluşturulduysa VM&apos;yi yeni kimliğiyle yeniden koruyun. Aksi hâlde korumayı durdurun: &apos;Yedekleme verilerini sakla&apos; (Retain backup data) seçeneği kurtarma noktalarını saklar (ücretlendirilmeye devam eder), &apos;Yedekleme verilerini sil&apos; (Delete backup data) seçeneği ise bunları siler.</translation>
    </message>
    <message>
        <source>Do not leave the item as it is: the last recovery point of an orphaned item is kept indefinitely and billed.</source>
        <translation>Öğeyi olduğu gibi bırakmayın: sahipsiz kalan bir öğenin son kurtarma noktası süresiz olarak saklanır ve ücretlendirilir.</translation>
    </message>
    <message>
        <source>The VM agent is installed but unresponsive (Windows VMs)</source>
        <translation>VM aracısı yüklü ancak yanıt vermiyor (Windows VM&apos;leri)</translation>
    </message>
    <message>
        <source>In the VM, open services.msc and check that the Windows Azure Guest Agent service is running; restart it and retry the backup.</source>
        <translation>VM içinde services.msc konsolunu açın ve Windows Azure Guest Agent hizmetinin çalıştığını doğrulayın; hizmeti yeniden başlatın ve yedeklemeyi yeniden deneyin.</translation>
    </message>
    <message>
        <source>If the service is missing, check Programs and Features; uninstall the Windows Azure Guest Agent and install the latest agent MSI as an administrator.</source>
        <translation>Hizmet listede yoksa Programlar ve Özellikler bölümüne bakın; Windows Azure Guest Agent programını kaldırın ve aracının en son MSI paketini yönetici olarak yükleyin.</translation>
    </message>
    <message>
        <source>Confirm the service appears again, check that .NET 4.5 is installed, then run an on-demand backup (Back up now).</source>
        <translation>Hizmetin yeniden listelendiğini doğrulayın, .NET 4.5&apos;in yüklü olduğunu denetleyin, ardından isteğe bağlı bir yedekleme çalıştırın (Şimdi Yedekle).</translation>
    </message>
    <message>
        <source>The VM agent is out of date (Linux VMs)</source>
        <translation>VM aracısı güncel değil (Linux VM&apos;leri)</translation>
    </message>
    <message>
        <source>Update the Linux VM agent from your distribution&apos;s repository, not from GitHub.</source>
        <translation>Linux VM aracısını GitHub&apos;dan değil, dağıtımınızın paket deposundan güncelleştirin.</translation>
    </message>
    <message>
        <source>Check that the agent runs (ps -e); if not, start it: &apos;service walinuxagent start&apos; on Ubuntu, &apos;service waagent start&apos; elsewhere, and configure its automatic restart.</source>
        <translation>Aracının çalıştığını denetleyin (ps -e); çalışmıyorsa başlatın: Ubuntu&apos;da &apos;service walinuxagent start&apos;, diğer dağıtımlarda &apos;service waagent start&apos;. Aracının otomatik olarak yeniden başlatılmasını da yapılandırın.</translation>
    </message>
    <message>
        <source>Run a new test backup. If it still fails, collect /var/lib/waagent/*.xml, /var/log/waagent.log and /var/log/azure/* (set Logs.Verbose=y in /etc/waagent.conf for detail).</source>
        <translation>Yeni bir test yedeklemesi çalıştırın. Yine başarısız olursa /var/lib/waagent/*.xml, /var/log/waagent.log ve /var/log/azure/* dosyalarını toplayın (ayrıntılı günlük için /etc/waagent.conf dosyasında Logs.Verbose=y ayarını yapın).</translation>
    </message>
    <message>
        <source>The snapshot status cannot be retrieved, or a snapshot cannot be taken</source>
        <translation>Anlık görüntü durumu alınamıyor ya da anlık görüntü oluşturulamıyor</translation>
    </message>
    <message>
        <source>If the VM was shut down from inside the guest (for example over RDP), the portal shows a wrong state: shut it down with Stop in the portal instead.</source>
        <translation>VM konuk işletim sisteminin içinden kapatıldıysa (örneğin RDP oturumunda), portal yanlış bir durum gösterir: VM&apos;yi bunun yerine portaldaki Durdur komutuyla kapatın.</translation>
    </message>
    <message>
        <source>Keep DHCP enabled inside the guest: the VM needs DHCP option 245 to find the host. Set a static private IP through Azure, not inside the OS.</source>
        <translation>Konuk işletim sisteminde DHCP&apos;yi etkin bırakın: VM, konağı bulmak için DHCP seçeneği 245&apos;e ihtiyaç duyar. Statik özel IP adresini işletim sistemi içinde değil, Azure üzerinden ayarlayın.</translation>
    </message>
    <message>
        <source>The backup extension fails to update or load</source>
        <translation>Yedekleme uzantısı güncelleştirilemiyor veya yüklenemiyor</translation>
    </message>
    <message>
        <source>Uninstall the VMSnapshot (Linux: VMSnapshotLinux) extension to force a reload: VM &gt; Settings &gt; Extensions &gt; VMSnapshot &gt; Uninstall. The next backup installs it again.</source>
        <translation>Uzantıyı yeniden yüklenmeye zorlamak için VMSnapshot (Linux&apos;ta VMSnapshotLinux) uzantısını kaldırın: VM &gt; Ayarlar &gt; Uzantılar &gt; VMSnapshot &gt; Kaldır. Sonraki yedekleme uzantıyı yeniden yükler.</translation>
    </message>
    <message>
        <source>On Linux, if VMSnapshotLinux is not listed, update the Linux VM agent and run the backup again.</source>
        <translation>Linux&apos;ta VMSnapshotLinux listede görünmüyorsa Linux VM aracısını güncelleştirin ve yedeklemeyi yeniden çalıştırın.</translation>
    </message>
    <message>
        <source>The VM has no internet access</source>
        <translation>VM&apos;nin internet erişimi yok</translation>
    </message>
    <message>
        <source>The backup extension needs outbound HTTPS to Azure Storage. Allow it with an NSG outbound rule for the Storage.&lt;region&gt; service tag at a higher priority than any deny rule, an HTTP proxy, or Azure Firewall with the AzureBackup FQDN tag.</source>
        <translation>Yedekleme uzantısının Azure Storage&apos;a giden HTTPS erişimine ihtiyacı vardır. Bu erişime şu yollardan biriyle izin verin: Storage.&lt;region&gt; hizmet etiketi için tüm reddetme kurallarından daha yüksek öncelikli bir NSG giden kuralı, bir HTTP ara sunucusu ya da AzureBackup FQDN etiketiyle Azure Firewall.</translation>
    </message>
    <message>
        <source>Never block 168.63.129.16 (ports 80, 443, 32526). Add a Microsoft.Storage service endpoint when the subnet has no internet route.</source>
        <translation>168.63.129.16 adresini (80, 443 ve 32526 numaralı bağlantı noktaları) asla engellemeyin. Alt ağın internete giden bir yolu yoksa Microsoft.Storage hizmet uç noktası ekleyin.</translation>
    </message>
    <message>
        <source>A lock on the restore point resource group blocks the clean-up</source>
        <translation>Geri yükleme noktası kaynak grubundaki bir kilit temizlemeyi engelliyor</translation>
    </message>
    <message>
        <source>Azure Backup keeps restore point collections in a separate resource group (AzureBackupRG_&lt;geo&gt;_&lt;n&gt; or the policy&apos;s custom name). Do not lock it: a lock stops the service from deleting old restore points.</source>
        <translation>Azure Backup, geri yükleme noktası koleksiyonlarını ayrı bir kaynak grubunda tutar (AzureBackupRG_&lt;geo&gt;_&lt;n&gt; ya da ilkede belirlenen özel ad). Bu grubu kilitlemeyin: kilit, hizmetin eski geri yükleme noktalarını silmesini engeller.</translation>
    </message>
    <message>
        <source>Open the resource group &gt; Settings &gt; Locks and delete the lock, then retry the backup to trigger the clean-up.</source>
        <translation>Kaynak grubu &gt; Ayarlar &gt; Kilitler sayfasını açın ve kilidi silin; ardından temizlemeyi tetiklemek için yedeklemeyi yeniden deneyin.</translation>
    </message>
    <message>
        <source>The restore point collection has reached its limit of 18</source>
        <translation>Geri yükleme noktası koleksiyonu 18 noktalık sınıra ulaştı</translation>
    </message>
    <message>
        <source>After removing the lock, clean up the restore point collection: trigger an on-demand backup (expect it to fail once; automatic clean-up follows within hours).</source>
        <translation>Kilidi kaldırdıktan sonra geri yükleme noktası koleksiyonunu temizleyin: isteğe bağlı bir yedekleme tetikleyin (bu yedekleme bir kez başarısız olabilir; otomatik temizleme birkaç saat içinde gerçekleşir).</translation>
    </message>
    <message>
        <source>Or delete the collection in the portal: in the restore point resource group tick Show hidden types, select AzureBackup_&lt;VM&gt;_&lt;n&gt;, Delete, and retry the backup. A large collection may need 2 or 3 attempts.</source>
        <translation>Ya da koleksiyonu portalda silin: geri yükleme noktası kaynak grubunda &quot;Gizli türleri göster&quot; seçeneğini işaretleyin, AzureBackup_&lt;VM&gt;_&lt;n&gt; koleksiyonunu seçip Sil&apos;e tıklayın ve yedeklemeyi yeniden deneyin. Büyük bir koleksiyonu silmek 2 veya 3 deneme gerektirebilir.</translation>
    </message>
    <message>
        <source>Take at most one backup a day: instant restore points are kept 1-5 days and a VM may have only 18 at any time.</source>
        <translation>Günde en fazla bir yedekleme alın: anında geri yükleme noktaları 1-5 gün saklanır ve bir VM&apos;nin aynı anda en fazla 18 geri yükleme noktası olabilir.</translation>
    </message>
    <message>
        <source>Backup lacks permissions on the key vault of the encrypted VM</source>
        <translation>Backup&apos;ın şifrelenmiş VM&apos;nin anahtar kasasında gerekli izinleri yok</translation>
    </message>
    <message>
        <source>Give the Backup Management Service access to the key vault: keys get, list and backup; secrets get, list and backup (portal, PowerShell or CLI).</source>
        <translation>Backup Management Service&apos;e anahtar kasasında erişim verin: anahtarlar için get, list ve backup; gizli diziler için get, list ve backup (portal, PowerShell veya CLI ile).</translation>
    </message>
    <message>
        <source>For a vault that uses Azure RBAC, assign Key Vault Administrator or a custom role with the same data actions. If access was just granted, retry a little later.</source>
        <translation>Azure RBAC kullanan bir kasada Key Vault Administrator rolünü ya da aynı veri eylemlerini içeren özel bir rolü atayın. Erişim yeni verildiyse biraz sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>A disk is larger than Azure Backup supports</source>
        <translation>Bir disk, Azure Backup&apos;ın desteklediği boyuttan büyük</translation>
    </message>
    <message>
        <source>The documented limit for this error is 4095 GB per disk. Newer stacks support up to 32 TB per disk with the Enhanced policy, but not for ADE-encrypted disks over 4 TB.</source>
        <translation>Bu hata için belgelenen sınır disk başına 4095 GB. Daha yeni altyapılar Gelişmiş (Enhanced) ilkeyle disk başına en fazla 32 TB destekler; ancak bu destek, ADE ile şifrelenmiş 4 TB üzeri diskleri kapsamaz.</translation>
    </message>
    <message>
        <source>Move the VM to an Enhanced policy, exclude the large disk from backup, or split the data over smaller disks.</source>
        <translation>VM&apos;yi bir Gelişmiş (Enhanced) ilkeye taşıyın, büyük diski yedeklemenin dışında bırakın ya da verileri daha küçük disklere dağıtın.</translation>
    </message>
    <message>
        <source>Another backup of this VM is still running</source>
        <translation>Bu VM&apos;nin başka bir yedeklemesi hâlâ sürüyor</translation>
    </message>
    <message>
        <source>Open the vault&apos;s Backup jobs. If a backup of this VM is in progress, wait for it or cancel it (Cancel, or Stop-AzRecoveryServicesBackupJob).</source>
        <translation>Kasanın Yedekleme işleri sayfasını açın. Bu VM&apos;nin bir yedeklemesi sürüyorsa bitmesini bekleyin ya da işi iptal edin (İptal veya Stop-AzRecoveryServicesBackupJob).</translation>
    </message>
    <message>
        <source>If the VM was protected by another vault before, make sure no backup job runs there. Then retry the backup.</source>
        <translation>VM daha önce başka bir kasayla korunuyorduysa o kasada çalışan bir yedekleme işi olmadığından emin olun. Ardından yedeklemeyi yeniden deneyin.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Time</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hata</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Konum</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Hata kodu</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Görev</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Düzey</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Kapsam</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Uygulanma</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Son yedekleme</translation>
    </message>
    <message>
        <source>Last backup time</source>
        <translation>Son yedekleme zamanı</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>İlke</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sistem durumu</translation>
    </message>
    <message>
        <source>Source VM</source>
        <translation>Kaynak VM</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Kaynak grubu</translation>
    </message>
    <message>
        <source>Restore points</source>
        <translation>Geri yükleme noktaları</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>En eski</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>En yeni</translation>
    </message>
    <message>
        <source>Provisioning state</source>
        <translation>Sağlama durumu</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oluşturulma</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>Tutarlılık</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
</context>
<context>
    <name>ContentsView</name>
    <message>
        <source>Show &amp;hidden types</source>
        <translation>&amp;Gizli türleri göster</translation>
    </message>
    <message>
        <source>Restore point collections and other hidden types are listed only with this on, as in the portal</source>
        <translation>Geri yükleme noktası koleksiyonları ve diğer gizli türler, portalda olduğu gibi yalnızca bu seçenek açıkken listelenir</translation>
    </message>
    <message>
        <source>Filter by name or type</source>
        <translation>Ada veya türe göre süz</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <source>Select a resource group to see what it holds.</source>
        <translation>İçeriğini görmek için bir kaynak grubu seçin.</translation>
    </message>
    <message>
        <source>Reading the resources of {name}…</source>
        <translation>{name} kaynakları okunuyor…</translation>
    </message>
    <message>
        <source>Could not list the resources of {name}</source>
        <translation>{name} kaynakları listelenemedi</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n kaynak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden</source>
        <translation>
            <numerusform>%n gizli</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <source>No Azure sign-in is available. Run &apos;az login&apos; (or set the AZURE_* environment variables for a service principal), then try again.</source>
        <translation>Kullanılabilir bir Azure oturumu yok. &apos;az login&apos; komutunu çalıştırın (ya da hizmet sorumlusu için AZURE_* ortam değişkenlerini ayarlayın), ardından yeniden deneyin.</translation>
    </message>
    <message>
        <source>Azure refused the sign-in. Sign in again, or check that the account may use this tenant.</source>
        <translation>Azure oturum açma isteğini reddetti. Yeniden oturum açın ya da hesabın bu kiracıyı kullanma yetkisi olduğunu denetleyin.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again.</source>
        <translation>Oturumunuzun süresi doldu veya oturum iptal edildi. Yeniden oturum açın.</translation>
    </message>
    <message>
        <source>You do not have permission to read this. Ask for the Reader and Backup Reader roles on it.</source>
        <translation>Bunu okuma izniniz yok. Bu kaynak üzerinde Okuyucu (Reader) ve Yedekleme Okuyucusu (Backup Reader) rollerini isteyin.</translation>
    </message>
    <message>
        <source>Azure says this does not exist (any more): it may have been deleted or moved.</source>
        <translation>Azure bu kaynağın (artık) mevcut olmadığını bildiriyor: kaynak silinmiş ya da taşınmış olabilir.</translation>
    </message>
    <message>
        <source>Azure is throttling requests. Wait a minute, then try again.</source>
        <translation>Azure istekleri kısıtlıyor. Bir dakika bekleyin, ardından yeniden deneyin.</translation>
    </message>
    <message>
        <source>Azure answered with an error. Try again; if it persists, see details.</source>
        <translation>Azure bir hatayla yanıt verdi. Yeniden deneyin; sorun sürerse ayrıntılara bakın.</translation>
    </message>
    <message>
        <source>Azure could not be reached. Check the network connection and proxy settings.</source>
        <translation>Azure&apos;a ulaşılamadı. Ağ bağlantısını ve ara sunucu ayarlarını denetleyin.</translation>
    </message>
    <message>
        <source>Reading from Azure failed unexpectedly.</source>
        <translation>Azure&apos;dan okuma sırasında beklenmeyen bir hata oluştu.</translation>
    </message>
    <message>
        <source>The snapshot does not hold this: it was not captured, so it cannot be checked offline.</source>
        <translation>Anlık görüntü bunu içermiyor: yakalanmamış, bu yüzden çevrimdışı denetlenemez.</translation>
    </message>
    <message>
        <source>Could not set up Azure sign-in. Sign in with &apos;az login&apos; or set the AZURE_* environment variables, then try again.</source>
        <translation>Azure oturum açma hazırlanamadı. &apos;az login&apos; ile oturum açın ya da AZURE_* ortam değişkenlerini ayarlayın, ardından yeniden deneyin.</translation>
    </message>
    <message>
        <source>Azure&apos;s list answer never ended (its next-page link repeats), so it was not read to the end. Try again later.</source>
        <translation>Azure&apos;ın liste yanıtı hiç sona ermedi (sonraki sayfa bağlantısı kendini yineliyor), bu nedenle yanıt sonuna kadar okunmadı. Daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>Azure did not finish the operation in time, so its result could not be read. Try again later.</source>
        <translation>Azure işlemi zamanında tamamlamadığı için işlemin sonucu okunamadı. Daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>Azure answered with something that is not the expected data, so it could not be read. Try again; if it persists, see details.</source>
        <translation>Azure beklenen veri olmayan bir yanıt verdiği için yanıt okunamadı. Yeniden deneyin; sorun sürerse ayrıntılara bakın.</translation>
    </message>
    <message>
        <source>Backup Doctor failed to work out this evidence (a bug).</source>
        <translation>Backup Doctor bu kanıtı çıkaramadı (bir yazılım hatası).</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Backup Doctor</source>
        <translation>Backup Doctor</translation>
    </message>
    <message>
        <source>Backup Doctor hit an unexpected error (a bug): {error}</source>
        <translation>Backup Doctor beklenmeyen bir hatayla karşılaştı (bir yazılım hatası): {error}</translation>
    </message>
    <message>
        <source>The details are in the log file {path}.</source>
        <translation>Ayrıntılar {path} günlük dosyasında.</translation>
    </message>
    <message>
        <source>The log file could not be written.</source>
        <translation>Günlük dosyası yazılamadı.</translation>
    </message>
    <message>
        <source>The app is still running: what it showed before stays correct.</source>
        <translation>Uygulama çalışmaya devam ediyor: daha önce gösterdiği bilgiler geçerliliğini koruyor.</translation>
    </message>
    <message>
        <source>Please copy the report below into your bug report.</source>
        <translation>Lütfen aşağıdaki raporu hata bildiriminize kopyalayın.</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Raporu &amp;kopyala</translation>
    </message>
</context>
<context>
    <name>DetailArea</name>
    <message>
        <source>Select something in the tree on the left.</source>
        <translation>Soldaki ağaçtan bir öğe seçin.</translation>
    </message>
</context>
<context>
    <name>DiagnosisView</name>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Yeniden çalıştır</translation>
    </message>
    <message>
        <source>Read everything from Azure again and re-check each cause</source>
        <translation>Her şeyi Azure&apos;dan yeniden oku ve her nedeni yeniden denetle</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Durdur</translation>
    </message>
    <message>
        <source>Select a VM to check why its backup fails.</source>
        <translation>Yedeklemesinin neden başarısız olduğunu denetlemek için bir VM seçin.</translation>
    </message>
    <message>
        <source>What the documentation says of {code}: {title}</source>
        <translation>Belgelerin {code} hakkında söyledikleri: {title}</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Nedenler</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Yapılacaklar</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <source>Why does the backup of {vm} fail?</source>
        <translation>{vm} yedeklemesi neden başarısız oluyor?</translation>
    </message>
    <message>
        <source>Reading the VM, its backup jobs and its backup settings…</source>
        <translation>VM, yedekleme işleri ve yedekleme ayarları okunuyor…</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Denetleniyor</translation>
    </message>
    <message>
        <source>Collecting evidence from Azure…</source>
        <translation>Azure&apos;dan kanıt toplanıyor…</translation>
    </message>
    <message>
        <source>Cause {n} of {total}: {cause}</source>
        <translation>Neden {n}/{total}: {cause}</translation>
    </message>
    <message>
        <source>Last backup completed with warnings on {time}: {code}: {message}</source>
        <translation>Son yedekleme {time} tarihinde uyarılarla tamamlandı: {code}: {message}</translation>
    </message>
    <message>
        <source>Last backup failed on {time} with {code}: {message}</source>
        <translation>Son yedekleme {time} tarihinde {code} hatasıyla başarısız oldu: {message}</translation>
    </message>
    <message>
        <source>No failed backup to diagnose: checking every documented cause.</source>
        <translation>Tanılanacak başarısız yedekleme yok: belgelenen tüm nedenler denetleniyor.</translation>
    </message>
    <message>
        <source>No failed backup in the jobs read.</source>
        <translation>Okunan işlerde başarısız yedekleme yok.</translation>
    </message>
    <message numerus="yes">
        <source>No documented runbook for {code}: a health check of %n cause(s).</source>
        <translation>
            <numerusform>{code} için belgelenmiş bir kılavuz yok: %n nedeni kapsayan sistem durumu denetimi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cause(s), in the health check order.</source>
        <translation>
            <numerusform>Sistem durumu denetimi sırasıyla %n neden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Runbook {code}: {title}</source>
        <translation>Kılavuz {code}: {title}</translation>
    </message>
    <message numerus="yes">
        <source>%n cause(s), in the documented order.</source>
        <translation>
            <numerusform>Belgelenen sırayla %n neden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n denetim başarısız oldu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start with the first: {cause}.</source>
        <translation>İlkinden başlayın: {cause}.</translation>
    </message>
    <message>
        <source>Every documented cause was checked and none applies.</source>
        <translation>Belgelenen her neden denetlendi ve hiçbiri geçerli değil.</translation>
    </message>
    <message>
        <source>Some evidence could not be read, so this diagnosis is incomplete. Resolve what the unknown steps and the notes say, then run it again.</source>
        <translation>Bazı kanıtlar okunamadı, bu nedenle bu tanılama eksik. Bilinmeyen adımların ve notların söylediklerini giderin, ardından tanılamayı yeniden çalıştırın.</translation>
    </message>
    <message>
        <source>No documented cause explains this failure. Retry the backup; if it fails again, collect the agent logs and open a support request.</source>
        <translation>Bu hatayı belgelenmiş hiçbir neden açıklamıyor. Yedeklemeyi yeniden deneyin; yine başarısız olursa aracı günlüklerini toplayıp bir destek isteği açın.</translation>
    </message>
    <message>
        <source>Could not diagnose {vm}</source>
        <translation>{vm} tanılanamadı</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Durduruldu</translation>
    </message>
    <message>
        <source>The diagnosis was stopped.</source>
        <translation>Tanılama durduruldu.</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Düzeltme</translation>
    </message>
    <message>
        <source>“{fix}” arrives with the fixes feature.</source>
        <translation>“{fix}” düzeltmeler özelliğiyle gelecek.</translation>
    </message>
    <message>
        <source>When it does, it will show this request and ask before sending it:

{request}

Nothing was changed in Azure.</source>
        <translation>Geldiğinde bu isteği gösterecek ve göndermeden önce onayınızı isteyecek:

{request}

Azure&apos;da hiçbir şey değiştirilmedi.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} sa {m:02d} dk</translation>
    </message>
    <message>
        <source>{m} min {s:02d} s</source>
        <translation>{m} dk {s:02d} sn</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} sn</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Yeniden dene</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Ayrıntıları göster</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>Copy the error and its details</source>
        <translation>Hatayı ve ayrıntılarını kopyala</translation>
    </message>
    <message>
        <source>On: {resource}</source>
        <translation>Kaynak: {resource}</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>&amp;Ayrıntıları gizle</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Bir sorun oluştu</translation>
    </message>
    <message>
        <source>This is a bug in Backup Doctor. Copy the details and report it; the rest of the app keeps working.</source>
        <translation>Bu, Backup Doctor&apos;da bir hata. Ayrıntıları kopyalayıp bildirin; uygulamanın geri kalanı çalışmaya devam eder.</translation>
    </message>
    <message>
        <source>On: {resource}</source>
        <translation>Kaynak: {resource}</translation>
    </message>
    <message>
        <source>Backup Doctor</source>
        <translation>Backup Doctor</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>not reported</source>
        <translation>bildirilmedi</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>durum yok</translation>
    </message>
    <message>
        <source>the evidence could not be read</source>
        <translation>kanıt okunamadı</translation>
    </message>
    <message>
        <source>Could not check: {reason}</source>
        <translation>Denetlenemedi: {reason}</translation>
    </message>
    <message>
        <source>the VM&apos;s instance view was not available</source>
        <translation>VM&apos;nin örnek görünümü (instance view) alınamadı</translation>
    </message>
    <message>
        <source>The VM is {state}: its agent reports only while it runs.</source>
        <translation>VM çalışır durumda değil ({state}): aracı yalnızca VM çalışırken durum bildirir.</translation>
    </message>
    <message>
        <source>Power state: {state}</source>
        <translation>Güç durumu: {state}</translation>
    </message>
    <message>
        <source>Agent version: {version}</source>
        <translation>Aracı sürümü: {version}</translation>
    </message>
    <message>
        <source>Agent status: {status}</source>
        <translation>Aracı durumu: {status}</translation>
    </message>
    <message>
        <source>Agent message ({time}): {message}</source>
        <translation>Aracı iletisi ({time}): {message}</translation>
    </message>
    <message>
        <source>Applies to Windows VMs; this VM runs {os}.</source>
        <translation>Windows VM&apos;leri için geçerli; bu VM&apos;nin işletim sistemi: {os}.</translation>
    </message>
    <message>
        <source>The Windows guest agent is not ready ({status}).</source>
        <translation>Windows konuk aracısı hazır değil ({status}).</translation>
    </message>
    <message>
        <source>The agent answers, but version {version} is older than {minimum}.</source>
        <translation>Aracı yanıt veriyor, ancak {version} sürümü {minimum} sürümünden eski.</translation>
    </message>
    <message>
        <source>The Windows guest agent is ready (version {version}).</source>
        <translation>Windows konuk aracısı hazır (sürüm {version}).</translation>
    </message>
    <message>
        <source>Applies to Linux VMs; this VM runs {os}.</source>
        <translation>Linux VM&apos;leri için geçerli; bu VM&apos;nin işletim sistemi: {os}.</translation>
    </message>
    <message>
        <source>The Linux agent is not running or not ready ({status}).</source>
        <translation>Linux aracısı çalışmıyor veya hazır değil ({status}).</translation>
    </message>
    <message>
        <source>The Linux agent {version} is older than the supported {minimum}.</source>
        <translation>Linux aracısının {version} sürümü, desteklenen en düşük sürüm olan {minimum} sürümünden eski.</translation>
    </message>
    <message>
        <source>The Linux agent {version} is current and ready.</source>
        <translation>Linux aracısı güncel ve hazır (sürüm {version}).</translation>
    </message>
    <message>
        <source>{extension} reports: {message}</source>
        <translation>{extension} uzantısı şunu bildiriyor: {message}</translation>
    </message>
    <message>
        <source>The backup extension loaded but reports a snapshot error.</source>
        <translation>Yedekleme uzantısı yüklendi ancak bir anlık görüntü hatası bildiriyor.</translation>
    </message>
    <message>
        <source>Job task {task}: {status}</source>
        <translation>İş görevi {task}: {status}</translation>
    </message>
    <message>
        <source>The Take Snapshot task failed; Azure shows no cause. Check inside the guest that DHCP is enabled.</source>
        <translation>Take Snapshot görevi başarısız oldu; Azure bir neden göstermiyor. Konuk işletim sisteminde DHCP&apos;nin etkin olduğunu denetleyin.</translation>
    </message>
    <message>
        <source>No snapshot problem of its own: the extension did not load (next step).</source>
        <translation>Anlık görüntüye özgü bir sorun yok: sorun, uzantının yüklenememesi (sonraki adım).</translation>
    </message>
    <message>
        <source>The VM runs and reports no snapshot errors.</source>
        <translation>VM çalışıyor ve anlık görüntü hatası bildirmiyor.</translation>
    </message>
    <message>
        <source>Extension {name} ({type} {version}): {state}</source>
        <translation>{name} uzantısı ({type} {version}): {state}</translation>
    </message>
    <message>
        <source>Handler {type}: {status}</source>
        <translation>İşleyici {type}: {status}</translation>
    </message>
    <message>
        <source>The {name} extension failed to load; uninstall it, the next backup reinstalls it.</source>
        <translation>{name} uzantısı yüklenemedi; uzantıyı kaldırın, sonraki yedekleme onu yeniden yükler.</translation>
    </message>
    <message>
        <source>Extension {name} is in a failed state; every extension should have succeeded.</source>
        <translation>{name} uzantısı başarısız durumda; tüm uzantıların başarılı durumda olması gerekir.</translation>
    </message>
    <message>
        <source>The backup extension is not installed yet; the next backup installs it.</source>
        <translation>Yedekleme uzantısı henüz yüklü değil; sonraki yedekleme onu yükler.</translation>
    </message>
    <message>
        <source>The {name} extension is installed and succeeded.</source>
        <translation>{name} uzantısı yüklü ve başarılı durumda.</translation>
    </message>
    <message>
        <source>the VM has no network interface in its model</source>
        <translation>VM modelinde ağ arabirimi yok</translation>
    </message>
    <message>
        <source>Effective network rules are only available while the VM runs ({state}).</source>
        <translation>Etkin ağ kuralları yalnızca VM çalışırken okunabilir ({state}).</translation>
    </message>
    <message>
        <source>First outbound HTTPS rule: {name} ({access}, priority {priority})</source>
        <translation>İlk giden HTTPS kuralı: {name} ({access}, öncelik {priority})</translation>
    </message>
    <message>
        <source>Default route 0.0.0.0/0: next hop {hop} ({source})</source>
        <translation>Varsayılan yol 0.0.0.0/0: sonraki atlama {hop} ({source})</translation>
    </message>
    <message>
        <source>NSG rule {name} denies outbound HTTPS to Azure Storage.</source>
        <translation>{name} NSG kuralı, Azure Storage&apos;a giden HTTPS trafiğini reddediyor.</translation>
    </message>
    <message>
        <source>The default route drops internet traffic (next hop None).</source>
        <translation>Varsayılan yol internet trafiğini engelliyor (sonraki atlama: None).</translation>
    </message>
    <message>
        <source>Internet traffic goes through appliance {ip}: make sure it allows Azure Storage.</source>
        <translation>İnternet trafiği bir sanal cihaz üzerinden geçiyor ({ip}): cihazın Azure Storage trafiğine izin verdiğinden emin olun.</translation>
    </message>
    <message>
        <source>Outbound HTTPS to Azure Storage is allowed by the effective rules and routes.</source>
        <translation>Etkin kurallar ve yollar, Azure Storage&apos;a giden HTTPS trafiğine izin veriyor.</translation>
    </message>
    <message>
        <source>the tenant has no Backup Management Service principal</source>
        <translation>kiracıda Backup Management Service hizmet sorumlusu yok</translation>
    </message>
    <message>
        <source>The key vault grants the rights to some principal, but Backup Doctor could not look up Backup Management Service in Microsoft Graph to tell whether it is that one: {reason}</source>
        <translation>Anahtar kasası bu hakları bir sorumluya veriyor, ancak Backup Doctor, Microsoft Graph&apos;ta Backup Management Service&apos;i arayamadığı için bu sorumlunun o olup olmadığını belirleyemiyor: {reason}</translation>
    </message>
    <message>
        <source>Backup Management Service has get, list and backup on keys and secrets.</source>
        <translation>Backup Management Service, anahtarlar ve gizli diziler üzerinde get, list ve backup izinlerine sahip.</translation>
    </message>
    <message>
        <source>the VM&apos;s model lists no disks</source>
        <translation>VM modelinde hiç disk listelenmiyor</translation>
    </message>
    <message>
        <source>Could not check: the size of disk {name} is not reported.</source>
        <translation>Denetlenemedi: {name} diskinin boyutu bildirilmiyor.</translation>
    </message>
    <message>
        <source>Backup item {item} in vault {vault}: {state}</source>
        <translation>{vault} kasasındaki {item} yedekleme öğesi: {state}</translation>
    </message>
    <message>
        <source>GET {vm}: 404, the VM does not exist</source>
        <translation>GET {vm}: 404, VM yok</translation>
    </message>
    <message>
        <source>The VM this backup item protects no longer exists: deleted, or moved to another resource group or subscription.</source>
        <translation>Bu yedekleme öğesinin koruduğu VM artık yok: silinmiş ya da başka bir kaynak grubuna veya aboneliğe taşınmış.</translation>
    </message>
    <message>
        <source>Job of {time}: {code}: {message}</source>
        <translation>{time} tarihli iş: {code}: {message}</translation>
    </message>
    <message>
        <source>The VM exists now, but Azure Backup said it did not: it may have been deleted and re-created with the same name, or moved. Check that the backup item protects this VM.</source>
        <translation>VM şu anda var, ancak Azure Backup VM&apos;nin olmadığını bildirdi: VM silinip aynı adla yeniden oluşturulmuş ya da taşınmış olabilir. Yedekleme öğesinin bu VM&apos;yi koruduğunu denetleyin.</translation>
    </message>
    <message>
        <source>The VM exists: {vm}</source>
        <translation>VM mevcut: {vm}</translation>
    </message>
    <message>
        <source>The VM is stopped but still allocated. Its activity log could not be read, so Backup Doctor cannot tell whether it was stopped through Azure or shut down from inside the guest: {reason}</source>
        <translation>VM durdurulmuş ancak serbest bırakılmamış. VM&apos;nin etkinlik günlüğü okunamadığı için Backup Doctor, VM&apos;nin Azure üzerinden mi durdurulduğunu yoksa konuk işletim sisteminin içinden mi kapatıldığını belirleyemiyor: {reason}</translation>
    </message>
    <message>
        <source>Activity log: {operation} ({status}) by {caller} at {time}</source>
        <translation>Etkinlik günlüğü: {time} tarihinde {caller} tarafından {operation} ({status})</translation>
    </message>
    <message>
        <source>The VM was stopped through Azure (powerOff), not from inside the guest: its state is reported right. Its agent does not run while it is stopped; start the VM before the next backup.</source>
        <translation>VM konuk işletim sisteminin içinden değil, Azure üzerinden durduruldu (powerOff): durumu doğru bildiriliyor. VM durdurulmuşken aracısı çalışmaz; sonraki yedeklemeden önce VM&apos;yi başlatın.</translation>
    </message>
    <message>
        <source>Activity log: no power-off through Azure since the last start (90 days kept)</source>
        <translation>Etkinlik günlüğü: son başlatmadan bu yana Azure üzerinden kapatma yok (90 gün saklanır)</translation>
    </message>
    <message>
        <source>The VM is stopped but still allocated, and no Azure operation stopped it: it was shut down from inside the guest, so Azure reports a wrong state.</source>
        <translation>VM durdurulmuş ancak serbest bırakılmamış ve onu hiçbir Azure işlemi durdurmamış: VM konuk işletim sisteminin içinden kapatıldı, bu nedenle Azure yanlış bir durum bildiriyor.</translation>
    </message>
    <message>
        <source>the VM&apos;s instance view reports no power state</source>
        <translation>VM&apos;nin örnek görünümü (instance view) güç durumu bildirmiyor</translation>
    </message>
    <message>
        <source>The VM is {state}: its snapshot status can only be checked while it runs.</source>
        <translation>VM çalışır durumda değil ({state}): anlık görüntü durumu yalnızca VM çalışırken denetlenebilir.</translation>
    </message>
    <message>
        <source>The VM is not backed up, so it has no Azure Backup restore points.</source>
        <translation>VM yedeklenmediği için Azure Backup geri yükleme noktası yok.</translation>
    </message>
    <message>
        <source>Protection is stopped ({state}): Azure Backup takes no new restore points.</source>
        <translation>Koruma durduruldu ({state}): Azure Backup yeni geri yükleme noktası oluşturmuyor.</translation>
    </message>
    <message>
        <source>Collection {name} in {group}: {count} restore points, made by a user, not by Azure Backup (not counted)</source>
        <translation>{group} içindeki {name} koleksiyonu: {count} geri yükleme noktası; Azure Backup tarafından değil, bir kullanıcı tarafından oluşturulmuş (sayılmadı)</translation>
    </message>
    <message>
        <source>Restore point resource group: {group}</source>
        <translation>Geri yükleme noktası kaynak grubu: {group}</translation>
    </message>
    <message>
        <source>Lock {name} ({level}) on {scope}, inherited from the subscription</source>
        <translation>{scope} üzerinde {name} kilidi ({level}), abonelikten devralındı</translation>
    </message>
    <message>
        <source>Lock {name} ({level}) on {scope}</source>
        <translation>{scope} üzerinde {name} kilidi ({level})</translation>
    </message>
    <message>
        <source>{count} lock(s) stop Azure Backup from deleting old restore points.</source>
        <translation>{count} kilit, Azure Backup&apos;ın eski geri yükleme noktalarını silmesini engelliyor.</translation>
    </message>
    <message>
        <source>No restore point resource group yet, and no subscription lock.</source>
        <translation>Henüz geri yükleme noktası kaynak grubu yok; abonelik düzeyinde de kilit yok.</translation>
    </message>
    <message>
        <source>No lock on the restore point resource group.</source>
        <translation>Geri yükleme noktası kaynak grubunda kilit yok.</translation>
    </message>
    <message>
        <source>Collection {name} in {group}: {count} restore points ({state})</source>
        <translation>{group} içindeki {name} koleksiyonu: {count} geri yükleme noktası ({state})</translation>
    </message>
    <message>
        <source>Total: {total} of {limit}</source>
        <translation>Toplam: {total}/{limit}</translation>
    </message>
    <message>
        <source>{total} restore points: the limit of {limit} is reached.</source>
        <translation>{total} geri yükleme noktası: {limit} noktalık sınıra ulaşıldı.</translation>
    </message>
    <message>
        <source>Collection {name} is {state}.</source>
        <translation>{name} koleksiyonunun durumu: {state}.</translation>
    </message>
    <message>
        <source>{total} restore points: close to the limit of {limit}.</source>
        <translation>{total} geri yükleme noktası: {limit} noktalık sınıra yaklaşıyor.</translation>
    </message>
    <message>
        <source>{total} restore point(s), below the limit of {limit}.</source>
        <translation>{total} geri yükleme noktası, {limit} noktalık sınırın altında.</translation>
    </message>
    <message>
        <source>Key Vault Administrator: principal {principal}</source>
        <translation>Key Vault Administrator: sorumlu {principal}</translation>
    </message>
    <message>
        <source>The VM&apos;s disks are not encrypted with Azure Disk Encryption.</source>
        <translation>VM&apos;nin diskleri Azure Disk Encryption ile şifrelenmemiş.</translation>
    </message>
    <message>
        <source>Key vault {name} uses Azure RBAC: {count} role assignment(s) at its scope.</source>
        <translation>{name} anahtar kasası Azure RBAC kullanıyor: kasa kapsamında {count} rol ataması var.</translation>
    </message>
    <message>
        <source>Key vault {name}: {count} access policies</source>
        <translation>{name} anahtar kasası: {count} erişim ilkesi</translation>
    </message>
    <message>
        <source>Principal {principal}: keys [{keys}], secrets [{secrets}]</source>
        <translation>Sorumlu {principal}: anahtarlar [{keys}], gizli diziler [{secrets}]</translation>
    </message>
    <message>
        <source>Backup Management Service in this tenant: object id {principal}</source>
        <translation>Bu kiracıdaki Backup Management Service: nesne kimliği {principal}</translation>
    </message>
    <message>
        <source>No access for Azure Backup (keys and secrets: get, list, backup) on {name}.</source>
        <translation>Azure Backup&apos;ın {name} anahtar kasasında erişimi yok (anahtarlar ve gizli diziler: get, list, backup).</translation>
    </message>
    <message>
        <source>Disk {name}: {size} GB</source>
        <translation>Disk {name}: {size} GB</translation>
    </message>
    <message>
        <source>Every disk is within {limit} GB.</source>
        <translation>Tüm diskler {limit} GB sınırının içinde.</translation>
    </message>
    <message>
        <source>Disk {name} has {size} GB, over the {limit} GB this error names.</source>
        <translation>{name} diski {size} GB; bu hatanın belirttiği {limit} GB sınırını aşıyor.</translation>
    </message>
    <message>
        <source>Disk {name} has {size} GB, over the 32 TB Azure Backup supports per disk.</source>
        <translation>{name} diski {size} GB: Azure Backup&apos;ın disk başına desteklediği 32 TB sınırını aşıyor.</translation>
    </message>
    <message>
        <source>Disk {name} has {size} GB: Azure Backup does not support encrypted disks over 4 TB.</source>
        <translation>{name} diski {size} GB: Azure Backup, 4 TB&apos;tan büyük şifrelenmiş diskleri desteklemez.</translation>
    </message>
    <message>
        <source>Disk {name} has {size} GB, over {limit} GB: supported on current stacks, check the policy.</source>
        <translation>{name} diski {size} GB, {limit} GB sınırının üzerinde: güncel altyapıda destekleniyor, yedekleme ilkesini denetleyin.</translation>
    </message>
    <message>
        <source>Job {job} in {vault}: {status} since {start}</source>
        <translation>{vault} kasasındaki {job} işi: {status} (başlangıç: {start})</translation>
    </message>
    <message>
        <source>A backup of this VM is still running (started {start}).</source>
        <translation>Bu VM&apos;nin bir yedeklemesi hâlâ sürüyor (başlangıç: {start}).</translation>
    </message>
    <message>
        <source>No backup of this VM is running now.</source>
        <translation>Şu anda bu VM&apos;nin çalışan bir yedeklemesi yok.</translation>
    </message>
    <message>
        <source>{count} recent job(s) read</source>
        <translation>Son {count} iş okundu</translation>
    </message>
    <message>
        <source>Detail: {detail}</source>
        <translation>Ayrıntı: {detail}</translation>
    </message>
    <message>
        <source>this check failed unexpectedly (a bug in Backup Doctor)</source>
        <translation>bu denetim beklenmedik şekilde başarısız oldu (Backup Doctor hatası)</translation>
    </message>
    <message>
        <source>the VM&apos;s backup job history</source>
        <translation>VM&apos;nin yedekleme işi geçmişi</translation>
    </message>
    <message>
        <source>the VM&apos;s backup item</source>
        <translation>VM&apos;nin yedekleme öğesi</translation>
    </message>
    <message>
        <source>the backup policy</source>
        <translation>yedekleme ilkesi</translation>
    </message>
    <message>
        <source>the VM&apos;s extensions</source>
        <translation>VM&apos;nin uzantıları</translation>
    </message>
    <message>
        <source>the restore point collections</source>
        <translation>geri yükleme noktası koleksiyonları</translation>
    </message>
    <message>
        <source>the subscription&apos;s resource groups</source>
        <translation>aboneliğin kaynak grupları</translation>
    </message>
    <message>
        <source>the management locks</source>
        <translation>yönetim kilitleri</translation>
    </message>
    <message>
        <source>the effective network security rules</source>
        <translation>etkin ağ güvenliği kuralları</translation>
    </message>
    <message>
        <source>the effective routes</source>
        <translation>etkin yollar</translation>
    </message>
    <message>
        <source>the key vaults</source>
        <translation>anahtar kasaları</translation>
    </message>
    <message>
        <source>Backup Management Service in Microsoft Graph</source>
        <translation>Microsoft Graph&apos;taki Backup Management Service</translation>
    </message>
    <message>
        <source>the VM&apos;s activity log</source>
        <translation>VM&apos;nin etkinlik günlüğü</translation>
    </message>
    <message>
        <source>Could not read {what}: {reason}</source>
        <translation>{what} okunamadı: {reason}</translation>
    </message>
    <message>
        <source>The VM does not exist, so no other cause can be checked. Its backup item is still in the vault.</source>
        <translation>VM mevcut olmadığı için başka hiçbir neden denetlenemiyor. VM&apos;nin yedekleme öğesi hâlâ kasada.</translation>
    </message>
    <message>
        <source>Protection of this VM is stopped ({state}): Azure Backup takes no new backups of it. Resume protection to back it up again.</source>
        <translation>Bu VM&apos;nin koruması durduruldu ({state}): Azure Backup bu VM&apos;nin yeni yedeklemelerini almıyor. VM&apos;yi yeniden yedeklemek için korumayı sürdürün.</translation>
    </message>
    <message>
        <source>Azure Backup reports on the item: {title} ({code}): {message}</source>
        <translation>Azure Backup öğe hakkında şunu bildiriyor: {title} ({code}): {message}</translation>
    </message>
    <message>
        <source>This VM is not protected by any vault in its subscription.</source>
        <translation>Bu VM, aboneliğindeki hiçbir kasa tarafından korunmuyor.</translation>
    </message>
    <message>
        <source>Backup failed on {time} with {code}, but a later backup succeeded.</source>
        <translation>Yedekleme {time} tarihinde {code} hatasıyla başarısız oldu, ancak sonraki bir yedekleme başarılı oldu.</translation>
    </message>
</context>
<context>
    <name>Fix</name>
    <message>
        <source>Remove lock</source>
        <translation>Kilidi kaldır</translation>
    </message>
    <message>
        <source>Deletes the management lock so Azure Backup can clean up old restore points.</source>
        <translation>Azure Backup&apos;ın eski geri yükleme noktalarını temizleyebilmesi için yönetim kilidini siler.</translation>
    </message>
    <message>
        <source>Delete restore point collection</source>
        <translation>Koleksiyonu sil</translation>
    </message>
    <message>
        <source>Deletes the collection and its instant restore points; vault recovery points stay.</source>
        <translation>Koleksiyonu ve içindeki anında geri yükleme noktalarını siler; kasadaki kurtarma noktaları korunur.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Şimdi yedekle</translation>
    </message>
    <message>
        <source>Starts an on-demand backup of the protected item (kept 30 days by default).</source>
        <translation>Korunan öğenin isteğe bağlı yedeklemesini başlatır (varsayılan olarak 30 gün saklanır).</translation>
    </message>
    <message>
        <source>Uninstall extension</source>
        <translation>Uzantıyı kaldır</translation>
    </message>
    <message>
        <source>Removes the VMSnapshot extension; the next backup installs it again.</source>
        <translation>VMSnapshot uzantısını kaldırır; sonraki yedekleme uzantıyı yeniden yükler.</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>İşi iptal et</translation>
    </message>
    <message>
        <source>Asks Azure Backup to cancel the running job (possible during the snapshot phase).</source>
        <translation>Azure Backup&apos;tan çalışan işi iptal etmesini ister (anlık görüntü aşamasında mümkündür).</translation>
    </message>
    <message>
        <source>Stop VM from Azure</source>
        <translation>VM&apos;yi Azure&apos;dan durdur</translation>
    </message>
    <message>
        <source>Stops and deallocates the VM through Azure, as the portal&apos;s Stop does, so its reported state is right again. A dynamic public IP and the temporary disk&apos;s data are lost.</source>
        <translation>Portaldaki Durdur komutu gibi VM&apos;yi Azure üzerinden durdurup serbest bırakır; böylece VM&apos;nin bildirilen durumu yeniden doğru olur. Dinamik genel IP adresi ve geçici diskteki veriler kaybolur.</translation>
    </message>
    <message>
        <source>Restart VM agent</source>
        <translation>VM aracısını yeniden başlat</translation>
    </message>
    <message>
        <source>Restarts the guest agent service through Run Command (needs the agent to answer).</source>
        <translation>Konuk aracısı hizmetini Run Command ile yeniden başlatır (aracının yanıt vermesi gerekir).</translation>
    </message>
    <message>
        <source>Grant Backup access to key vault</source>
        <translation>Backup&apos;a anahtar kasası erişimi ver</translation>
    </message>
    <message>
        <source>Adds an access policy for Backup Management Service: keys and secrets get, list, backup.</source>
        <translation>Backup Management Service için bir erişim ilkesi ekler: anahtarlar ve gizli diziler için get, list, backup.</translation>
    </message>
</context>
<context>
    <name>HealthView</name>
    <message>
        <source>OS disk</source>
        <translation>İşletim sistemi diski</translation>
    </message>
    <message>
        <source>Data disk, LUN {lun}</source>
        <translation>Veri diski, LUN {lun}</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Makine</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>İşletim sistemi:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Boyut:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Konum:</translation>
    </message>
    <message>
        <source>Power state:</source>
        <translation>Güç durumu:</translation>
    </message>
    <message>
        <source>Provisioning state:</source>
        <translation>Sağlama durumu:</translation>
    </message>
    <message>
        <source>VM agent</source>
        <translation>VM aracısı</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Durum:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Sürüm:</translation>
    </message>
    <message>
        <source>Last heartbeat:</source>
        <translation>Son sinyal:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>İleti:</translation>
    </message>
    <message>
        <source>Extensions (VMSnapshot highlighted)</source>
        <translation>Uzantılar (VMSnapshot vurgulu)</translation>
    </message>
    <message>
        <source>Extension handlers reported by the agent</source>
        <translation>Aracının bildirdiği uzantı işleyicileri</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>Diskler</translation>
    </message>
    <message>
        <source>Select a VM to see its health.</source>
        <translation>Sistem durumunu görmek için bir VM seçin.</translation>
    </message>
    <message>
        <source>Reading {name} and its extensions…</source>
        <translation>{name} ve uzantıları okunuyor…</translation>
    </message>
    <message>
        <source>Could not read the VM {name}</source>
        <translation>{name} VM&apos;si okunamadı</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Bildirilmedi</translation>
    </message>
</context>
<context>
    <name>JobDetail</name>
    <message>
        <source>Status:</source>
        <translation>Durum:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Başlangıç:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Bitiş:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Süre:</translation>
    </message>
    <message>
        <source>Error code:</source>
        <translation>Hata kodu:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>İleti:</translation>
    </message>
    <message>
        <source>Recommendations:</source>
        <translation>Öneriler:</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Görevler</translation>
    </message>
    <message>
        <source>Loading job details…</source>
        <translation>İş ayrıntıları yükleniyor…</translation>
    </message>
    <message>
        <source>&amp;Diagnose this VM</source>
        <translation>Bu VM&apos;yi &amp;tanıla</translation>
    </message>
    <message>
        <source>Check the documented causes of this failure, one by one</source>
        <translation>Bu hatanın belgelenen nedenlerini tek tek denetle</translation>
    </message>
    <message>
        <source>Select a job to see its details</source>
        <translation>Ayrıntılarını görmek için bir iş seçin</translation>
    </message>
    <message>
        <source>{operation} of {vm}</source>
        <translation>{vm}: {operation}</translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>Completed</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Sürüyor</translation>
    </message>
    <message>
        <source>Completed with warnings</source>
        <translation>Uyarılarla tamamlandı</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>İptal ediliyor</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Başlamadı</translation>
    </message>
</context>
<context>
    <name>JobsView</name>
    <message>
        <source>Last 24 hours</source>
        <translation>Son 24 saat</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Son 7 gün</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Son 14 gün</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Son 30 gün</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zaman aralığı</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tüm durumlar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>Tüm işlemler</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>Search VM, status or error code</source>
        <translation>VM, durum veya hata kodu ara</translation>
    </message>
    <message>
        <source>&amp;Time range:</source>
        <translation>&amp;Zaman aralığı:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Durum:</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>İş&amp;lem:</translation>
    </message>
    <message>
        <source>Backup jobs</source>
        <translation>Yedekleme işleri</translation>
    </message>
    <message>
        <source>Select a vault or a VM to see its backup jobs.</source>
        <translation>Yedekleme işlerini görmek için bir kasa veya VM seçin.</translation>
    </message>
    <message>
        <source>Reading backup jobs of {name}…</source>
        <translation>{name} yedekleme işleri okunuyor…</translation>
    </message>
    <message>
        <source>Could not read the backup jobs of {name}</source>
        <translation>{name} yedekleme işleri okunamadı</translation>
    </message>
    <message>
        <source>No backup jobs in this time range.</source>
        <translation>Bu zaman aralığında yedekleme işi yok.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n iş</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown}/{total}</translation>
    </message>
    <message>
        <source>Could not read the job details</source>
        <translation>İş ayrıntıları okunamadı</translation>
    </message>
    <message>
        <source>&amp;Diagnose this VM</source>
        <translation>Bu VM&apos;yi &amp;tanıla</translation>
    </message>
    <message>
        <source>Copy &amp;job ID</source>
        <translation>İş &amp;kimliğini kopyala</translation>
    </message>
</context>
<context>
    <name>LockLevel</name>
    <message>
        <source>Delete</source>
        <translation>Silme</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Salt okunur</translation>
    </message>
</context>
<context>
    <name>LocksView</name>
    <message>
        <source>Direct</source>
        <translation>Doğrudan</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>Devralınan</translation>
    </message>
    <message>
        <source>On a resource inside</source>
        <translation>İçerideki bir kaynakta</translation>
    </message>
    <message>
        <source>On its restore point group</source>
        <translation>Geri yükleme noktası kaynak grubunda</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonelik</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Kaynak grubu</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>This lock covers the restore point resource group {groups}. Azure Backup cannot delete old restore points there, so backups fail once 18 restore points pile up.</source>
        <translation>Bu kilit {groups} geri yükleme noktası kaynak grubunu kapsıyor. Azure Backup oradaki eski geri yükleme noktalarını silemez; 18 geri yükleme noktası birikince yedeklemeler başarısız olur.</translation>
    </message>
    <message>
        <source>Locks</source>
        <translation>Kilitler</translation>
    </message>
    <message>
        <source>Locks on a restore point resource group (AzureBackupRG_* or a policy&apos;s own group) stop Azure Backup from cleaning up old restore points.</source>
        <translation>Bir geri yükleme noktası kaynak grubundaki (AzureBackupRG_* veya bir ilkenin kendi grubu) kilitler, Azure Backup&apos;ın eski geri yükleme noktalarını temizlemesini engeller.</translation>
    </message>
    <message>
        <source>Select a subscription, resource group or resource to see its locks.</source>
        <translation>Kilitlerini görmek için bir abonelik, kaynak grubu veya kaynak seçin.</translation>
    </message>
    <message>
        <source>Reading the locks of {name}…</source>
        <translation>{name} kilitleri okunuyor…</translation>
    </message>
    <message>
        <source>Could not read the locks of {name}</source>
        <translation>{name} kilitleri okunamadı</translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) cover restore point resource groups and can make backups fail.</source>
        <translation>
            <numerusform>%n kilit geri yükleme noktası kaynak gruplarını kapsıyor ve yedeklemelerin başarısız olmasına yol açabilir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) apply here. None covers a restore point resource group.</source>
        <translation>
            <numerusform>Burada %n kilit geçerli. Hiçbiri bir geri yükleme noktası kaynak grubunu kapsamıyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>No locks on {name}, above it or inside it.</source>
        <translation>{name} üzerinde, üstünde veya içinde kilit yok.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Backup Doctor for Azure</source>
        <translation>Azure için Backup Doctor</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Etkinlik</translation>
    </message>
    <message>
        <source>Open &amp;demo tenant</source>
        <translation>&amp;Tanıtım kiracısını aç</translation>
    </message>
    <message>
        <source>&amp;Open snapshot…</source>
        <translation>Anlık görüntü &amp;aç…</translation>
    </message>
    <message>
        <source>Sign in to &amp;Azure…</source>
        <translation>&amp;Azure&apos;da oturum aç…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <source>Close this tenant and return to the start screen</source>
        <translation>Bu kiracıyı kapat ve başlangıç ekranına dön</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;k</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <source>Read everything from Azure again</source>
        <translation>Her şeyi Azure&apos;dan yeniden oku</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Bul</translation>
    </message>
    <message>
        <source>Search the tree, or the table you are in</source>
        <translation>Ağaçta veya bulunduğunuz tabloda ara</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Tanıla</translation>
    </message>
    <message>
        <source>Check the documented causes of the selected VM&apos;s backup failure</source>
        <translation>Seçili VM&apos;nin yedekleme hatasının belgelenen nedenlerini denetle</translation>
    </message>
    <message>
        <source>Show &amp;hidden types</source>
        <translation>&amp;Gizli türleri göster</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Gezgin</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Ayrıntılar</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Etkinlik</translation>
    </message>
    <message>
        <source>Next &amp;tab</source>
        <translation>&amp;Sonraki sekme</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>Ö&amp;nceki sekme</translation>
    </message>
    <message>
        <source>Troubleshooting &amp;documentation</source>
        <translation>Sorun giderme &amp;belgeleri</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klavye kısayolları</translation>
    </message>
    <message>
        <source>&amp;About Backup Doctor</source>
        <translation>Backup Doctor &amp;hakkında</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>Activity &amp;panel</source>
        <translation>Etkinlik &amp;paneli</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>&amp;Sistemi izle</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Açık</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Koyu</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Git</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Ana araç çubuğu</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Bağlı değil</translation>
    </message>
    <message>
        <source>Opening the demo tenant…</source>
        <translation>Tanıtım kiracısı açılıyor…</translation>
    </message>
    <message>
        <source>Could not open the demo tenant</source>
        <translation>Tanıtım kiracısı açılamadı</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>{file} açılıyor…</translation>
    </message>
    <message>
        <source>Could not open the snapshot {file}</source>
        <translation>{file} anlık görüntüsü açılamadı</translation>
    </message>
    <message>
        <source>Signing in to Azure…</source>
        <translation>Azure&apos;da oturum açılıyor…</translation>
    </message>
    <message>
        <source>Could not sign in to Azure</source>
        <translation>Azure&apos;da oturum açılamadı</translation>
    </message>
    <message>
        <source>Source: {label}</source>
        <translation>Kaynak: {label}</translation>
    </message>
    <message>
        <source>{label} — Backup Doctor for Azure</source>
        <translation>{label} — Azure için Backup Doctor</translation>
    </message>
    <message>
        <source>Loading the estate…</source>
        <translation>Ortam yükleniyor…</translation>
    </message>
    <message>
        <source>Protected VMs</source>
        <translation>Korunan VM&apos;ler</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Tanılama</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sistem durumu</translation>
    </message>
    <message>
        <source>Backup jobs</source>
        <translation>Yedekleme işleri</translation>
    </message>
    <message>
        <source>Restore points</source>
        <translation>Geri yükleme noktaları</translation>
    </message>
    <message>
        <source>Locks</source>
        <translation>Kilitler</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <source>Could not load this part of the tree</source>
        <translation>Ağacın bu bölümü yüklenemedi</translation>
    </message>
    <message>
        <source>Could not load the contents of {name}</source>
        <translation>{name} içeriği yüklenemedi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>The new language applies the next time Backup Doctor starts.</source>
        <translation>Yeni dil, Backup Doctor bir sonraki açılışında uygulanır.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Diagnose the selected VM</source>
        <translation>Seçili VM&apos;yi tanıla</translation>
    </message>
    <message>
        <source>Go to the tree</source>
        <translation>Ağaca git</translation>
    </message>
    <message>
        <source>Go to the current view</source>
        <translation>Geçerli görünüme git</translation>
    </message>
    <message>
        <source>Go to the activity panel</source>
        <translation>Etkinlik paneline git</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Sonraki sekme</translation>
    </message>
    <message>
        <source>Close the tenant</source>
        <translation>Kiracıyı kapat</translation>
    </message>
    <message>
        <source>Copy the selected resource ID</source>
        <translation>Seçili kaynağın kimliğini kopyala</translation>
    </message>
    <message>
        <source>Context menu of the selected resource</source>
        <translation>Seçili kaynağın bağlam menüsü</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <source>About Backup Doctor</source>
        <translation>Backup Doctor hakkında</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backup Doctor for Azure&lt;/b&gt;&lt;p&gt;Checks the documented causes of failed Azure VM backups, one by one, with the evidence.&lt;/p&gt;&lt;p&gt;Read-only: it never changes your Azure resources.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Azure için Backup Doctor&lt;/b&gt;&lt;p&gt;Başarısız Azure VM yedeklemelerinin belgelenen nedenlerini kanıtlarıyla birlikte tek tek denetler.&lt;/p&gt;&lt;p&gt;Salt okunur: Azure kaynaklarınızı asla değiştirmez.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Working… (%n operation(s))</source>
        <translation>
            <numerusform>Çalışıyor… (%n işlem)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Recovery Services vaults</source>
        <translation>Kurtarma Hizmetleri kasaları</translation>
    </message>
    <message>
        <source>Resource groups</source>
        <translation>Kaynak grupları</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Kiracı</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonelik</translation>
    </message>
    <message>
        <source>Recovery Services vault</source>
        <translation>Kurtarma Hizmetleri kasası</translation>
    </message>
    <message>
        <source>Protected virtual machine</source>
        <translation>Korunan sanal makine</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Kaynak grubu</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>Sanal makine</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>No Recovery Services vaults</source>
        <translation>Kurtarma Hizmetleri kasası yok</translation>
    </message>
    <message>
        <source>No protected virtual machines</source>
        <translation>Korunan sanal makine yok</translation>
    </message>
    <message>
        <source>No virtual machines</source>
        <translation>Sanal makine yok</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>Burada bir şey yok</translation>
    </message>
    <message>
        <source>Could not load: {reason}</source>
        <translation>Yüklenemedi: {reason}</translation>
    </message>
    <message>
        <source>Could not load this part of the tree</source>
        <translation>Ağacın bu bölümü yüklenemedi</translation>
    </message>
    <message>
        <source>Right-click or press Enter to retry.</source>
        <translation>Yeniden denemek için sağ tıklayın veya Enter&apos;a basın.</translation>
    </message>
    <message>
        <source>{name}
Last backup: {status} ({time})
Health: {health}</source>
        <translation>{name}
Son yedekleme: {status} ({time})
Sistem durumu: {health}</translation>
    </message>
    <message>
        <source>{name}
Not protected by a vault in this subscription</source>
        <translation>{name}
Bu abonelikteki bir kasa tarafından korunmuyor</translation>
    </message>
    <message>
        <source>{name}
Last backup: {status} ({time})</source>
        <translation>{name}
Son yedekleme: {status} ({time})</translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <source>Search vaults, groups and VMs</source>
        <translation>Kasa, grup ve VM ara</translation>
    </message>
    <message>
        <source>Search the tree</source>
        <translation>Ağaçta ara</translation>
    </message>
    <message>
        <source>Azure estate</source>
        <translation>Azure ortamı</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Yeniden dene</translation>
    </message>
    <message>
        <source>Copy &amp;error</source>
        <translation>&amp;Hatayı kopyala</translation>
    </message>
    <message>
        <source>Could not load this part of the tree</source>
        <translation>Ağacın bu bölümü yüklenemedi</translation>
    </message>
    <message>
        <source>Copy &amp;tenant ID</source>
        <translation>&amp;Kiracı kimliğini kopyala</translation>
    </message>
    <message>
        <source>Copy &amp;backup item ID</source>
        <translation>&amp;Yedekleme öğesi kimliğini kopyala</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Backup</source>
        <translation>Yedekleme</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Geri yükleme</translation>
    </message>
    <message>
        <source>Configure backup</source>
        <translation>Yedeklemeyi yapılandırma</translation>
    </message>
    <message>
        <source>Disable backup</source>
        <translation>Yedeklemeyi devre dışı bırakma</translation>
    </message>
    <message>
        <source>Delete backup data</source>
        <translation>Yedekleme verilerini silme</translation>
    </message>
    <message>
        <source>Cross-region restore</source>
        <translation>Bölgeler arası geri yükleme</translation>
    </message>
    <message>
        <source>Undelete</source>
        <translation>Silmeyi geri alma</translation>
    </message>
    <message>
        <source>Update customer-managed key</source>
        <translation>Müşteri tarafından yönetilen anahtarı güncelleme</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Filter by VM, vault or policy</source>
        <translation>VM, kasa veya ilkeye göre süz</translation>
    </message>
    <message>
        <source>Protected virtual machines</source>
        <translation>Korunan sanal makineler</translation>
    </message>
    <message>
        <source>Press Enter or double-click a VM to check why its backup fails.</source>
        <translation>Yedeklemesinin neden başarısız olduğunu denetlemek için bir VM&apos;de Enter&apos;a basın veya çift tıklayın.</translation>
    </message>
    <message>
        <source>Select a tenant, subscription or vault.</source>
        <translation>Bir kiracı, abonelik veya kasa seçin.</translation>
    </message>
    <message>
        <source>Reading the protected VMs of {name}…</source>
        <translation>{name} korunan VM&apos;leri okunuyor…</translation>
    </message>
    <message>
        <source>Could not read the protected VMs of {name}</source>
        <translation>{name} korunan VM&apos;leri okunamadı</translation>
    </message>
    <message numerus="yes">
        <source>%n protected VM(s).</source>
        <translation>
            <numerusform>%n korunan VM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a failed last backup.</source>
        <translation>
            <numerusform>%n tanesinin son yedeklemesi başarısız.</numerusform>
        </translation>
    </message>
    <message>
        <source>No failed last backup.</source>
        <translation>Başarısız son yedekleme yok.</translation>
    </message>
    <message>
        <source>No protected VMs in {name}.</source>
        <translation>{name} içinde korunan VM yok.</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Tanıla</translation>
    </message>
</context>
<context>
    <name>PowerState</name>
    <message>
        <source>Running</source>
        <translation>Çalışıyor</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Durduruldu</translation>
    </message>
    <message>
        <source>Stopped (deallocated)</source>
        <translation>Durduruldu (serbest bırakıldı)</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Başlatılıyor</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Durduruluyor</translation>
    </message>
    <message>
        <source>Deallocating</source>
        <translation>Serbest bırakılıyor</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Bildirilmedi</translation>
    </message>
</context>
<context>
    <name>ResourceMenu</name>
    <message>
        <source>Copy resource &amp;ID</source>
        <translation>Kaynak &amp;kimliğini kopyala</translation>
    </message>
    <message>
        <source>Copy &amp;name</source>
        <translation>&amp;Adı kopyala</translation>
    </message>
    <message>
        <source>Open in Azure &amp;portal</source>
        <translation>Azure &amp;portalında aç</translation>
    </message>
    <message>
        <source>Copy resource ID</source>
        <translation>Kaynak kimliğini kopyala</translation>
    </message>
</context>
<context>
    <name>RestorePointsView</name>
    <message>
        <source>Restore point collections</source>
        <translation>Geri yükleme noktası koleksiyonları</translation>
    </message>
    <message>
        <source>Restore points</source>
        <translation>Geri yükleme noktaları</translation>
    </message>
    <message>
        <source>Restore point collections are a hidden type: the portal lists them only with &quot;Show hidden types&quot;. A VM may hold at most {limit} instant restore points.</source>
        <translation>Geri yükleme noktası koleksiyonları gizli bir türdür: portal bunları yalnızca &quot;Gizli türleri göster&quot; açıkken listeler. Bir VM en fazla {limit} anında geri yükleme noktası tutabilir.</translation>
    </message>
    <message>
        <source>Select a VM, resource group or subscription.</source>
        <translation>Bir VM, kaynak grubu veya abonelik seçin.</translation>
    </message>
    <message>
        <source>Reading restore point collections of {name}…</source>
        <translation>{name} geri yükleme noktası koleksiyonları okunuyor…</translation>
    </message>
    <message>
        <source>Could not read the restore point collections of {name}</source>
        <translation>{name} geri yükleme noktası koleksiyonları okunamadı</translation>
    </message>
    <message>
        <source>No restore point collections in {name}.</source>
        <translation>{name} içinde geri yükleme noktası koleksiyonu yok.</translation>
    </message>
    <message>
        <source>{vm} holds {count} of the {limit} instant restore points a VM may have.</source>
        <translation>{vm}, bir VM&apos;nin tutabileceği {limit} anında geri yükleme noktasından {count} tanesini tutuyor.</translation>
    </message>
    <message numerus="yes">
        <source>%n collection(s).</source>
        <translation>
            <numerusform>%n koleksiyon.</numerusform>
        </translation>
    </message>
    <message>
        <source>VMs at the limit: {full}; close to it: {near}.</source>
        <translation>Sınırdaki VM&apos;ler: {full}; sınıra yakın: {near}.</translation>
    </message>
    <message>
        <source>Restore points in {name} ({count})</source>
        <translation>{name} içindeki geri yükleme noktaları ({count})</translation>
    </message>
</context>
<context>
    <name>Runbook</name>
    <message>
        <source>VM agent unable to communicate with Azure Backup</source>
        <translation>VM aracısı Azure Backup ile iletişim kuramıyor</translation>
    </message>
    <message>
        <source>Could not communicate with the VM agent for snapshot status</source>
        <translation>Anlık görüntü durumu için VM aracısıyla iletişim kurulamadı</translation>
    </message>
    <message>
        <source>The restore point collection max limit has reached</source>
        <translation>Geri yükleme noktası koleksiyonu üst sınırına ulaştı</translation>
    </message>
    <message>
        <source>Backup doesn&apos;t have sufficient permissions to the key vault</source>
        <translation>Backup&apos;ın anahtar kasasında yeterli izni yok</translation>
    </message>
    <message>
        <source>Snapshot failed: no network connectivity on the VM</source>
        <translation>Anlık görüntü başarısız: VM&apos;de ağ bağlantısı yok</translation>
    </message>
    <message>
        <source>VMSnapshot extension operation failed</source>
        <translation>VMSnapshot uzantısı işlemi başarısız oldu</translation>
    </message>
    <message>
        <source>Backup failed with an internal error</source>
        <translation>Yedekleme bir iç hatayla başarısız oldu</translation>
    </message>
    <message>
        <source>Azure Backup does not support the disk size</source>
        <translation>Azure Backup bu disk boyutunu desteklemiyor</translation>
    </message>
    <message>
        <source>The protected VM no longer exists</source>
        <translation>Korunan VM artık yok</translation>
    </message>
    <message>
        <source>Another backup operation is in progress</source>
        <translation>Başka bir yedekleme işlemi sürüyor</translation>
    </message>
    <message>
        <source>Backup health check</source>
        <translation>Yedekleme sistem durumu denetimi</translation>
    </message>
</context>
<context>
    <name>Spinner</name>
    <message>
        <source>Busy</source>
        <translation>Meşgul</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Backup Doctor for Azure</source>
        <translation>Azure için Backup Doctor</translation>
    </message>
    <message>
        <source>Find out why a VM backup fails: the documented causes, checked one by one.</source>
        <translation>Bir VM yedeklemesinin neden başarısız olduğunu bulun: belgelenen nedenler tek tek denetlenir.</translation>
    </message>
    <message>
        <source>&amp;Demo tenant</source>
        <translation>&amp;Tanıtım kiracısı</translation>
    </message>
    <message>
        <source>Explore Contoso, a built-in snapshot with a dozen failing backups. Nothing leaves this computer.</source>
        <translation>Bir düzine başarısız yedeklemesi olan yerleşik anlık görüntü Contoso&apos;yu inceleyin. Hiçbir veri bu bilgisayardan çıkmaz.</translation>
    </message>
    <message>
        <source>Open &amp;snapshot…</source>
        <translation>&amp;Anlık görüntü aç…</translation>
    </message>
    <message>
        <source>A snapshot file captured from a tenant, read offline.</source>
        <translation>Bir kiracıdan alınmış, çevrimdışı okunan bir anlık görüntü dosyası.</translation>
    </message>
    <message>
        <source>&amp;Azure</source>
        <translation>A&amp;zure</translation>
    </message>
    <message>
        <source>Sign in with the Azure CLI, Visual Studio Code or environment variables (read-only).</source>
        <translation>Azure CLI, Visual Studio Code veya ortam değişkenleriyle oturum açın (salt okunur).</translation>
    </message>
    <message>
        <source>Tenant ID or domain (optional)</source>
        <translation>Kiracı kimliği veya etki alanı (isteğe bağlı)</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Kiracı:</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>Anlık görüntü aç</translation>
    </message>
    <message>
        <source>Snapshots (*.json);;All files (*)</source>
        <translation>Anlık görüntüler (*.json);;Tüm dosyalar (*)</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Passed</source>
        <translation>Başarılı</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Uyarı</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Bilinmiyor</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Atlandı</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Bekliyor</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Denetleniyor…</translation>
    </message>
</context>
<context>
    <name>StepWidget</name>
    <message>
        <source>Unknown fix action: {action}</source>
        <translation>Bilinmeyen düzeltme eylemi: {action}</translation>
    </message>
    <message>
        <source>It would send: {request}</source>
        <translation>Göndereceği istek: {request}</translation>
    </message>
    <message>
        <source>Needs the permission {permission}.</source>
        <translation>{permission} iznini gerektirir.</translation>
    </message>
    <message>
        <source>This change cannot be undone; it will ask first.</source>
        <translation>Bu değişiklik geri alınamaz; önce onay istenir.</translation>
    </message>
    <message>
        <source>Available when this check finds a problem.</source>
        <translation>Bu denetim bir sorun bulduğunda kullanılabilir.</translation>
    </message>
    <message>
        <source>Evidence and guidance</source>
        <translation>Kanıt ve yönergeler</translation>
    </message>
    <message>
        <source>Waiting for its turn.</source>
        <translation>Sırasını bekliyor.</translation>
    </message>
    <message>
        <source>Reading the evidence…</source>
        <translation>Kanıt okunuyor…</translation>
    </message>
    <message>
        <source>{fix}: {target}</source>
        <translation>{fix}: {target}</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Kanıt</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Yapılacaklar</translation>
    </message>
    <message>
        <source>Documentation:</source>
        <translation>Belgeler:</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Problem found</source>
        <translation>Sorun bulundu</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Sağlıklı</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Sonuçsuz</translation>
    </message>
</context>
</TS>
