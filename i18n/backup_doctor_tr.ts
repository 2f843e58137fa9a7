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
        <source>Azure says this does not exist (any more). Refresh the view.</source>
        <translation>Azure bu öğenin bulunmadığını (artık bulunmadığını) bildiriyor. Görünümü yenileyin.</translation>
    </message>
    <message>
        <source>Azure is throttling requests. Wait a minute, then refresh.</source>
        <translation>Azure istekleri kısıtlıyor. Bir dakika bekleyin, ardından yenileyin.</translation>
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
        <source>Could not set up Azure sign-in. Sign in with &apos;az login&apos; or set the AZURE_* environment variables, then try again.</source>
        <translation>Azure oturum açma hazırlanamadı. &apos;az login&apos; ile oturum açın ya da AZURE_* ortam değişkenlerini ayarlayın, ardından yeniden deneyin.</translation>
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
        <source>Last backup failed on {time} with {code}: {message}</source>
        <translation>Son yedekleme {time} tarihinde {code} hatasıyla başarısız oldu: {message}</translation>
    </message>
    <message>
        <source>No failed backup to diagnose: checking every documented cause.</source>
        <translation>Tanılanacak başarısız yedekleme yok: belgelenen tüm nedenler denetleniyor.</translation>
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
    <message>
        <source>An unexpected error occurred</source>
        <translation>Beklenmeyen bir hata oluştu</translation>
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
        <source>The VM is stopped but still allocated: it was shut down from inside the guest, so Azure reports a wrong state.</source>
        <translation>VM durdurulmuş ancak serbest bırakılmamış: konuk işletim sisteminin içinden kapatıldığı için Azure yanlış bir durum bildiriyor.</translation>
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
        <source>The VM is not backed up, so it has no restore points.</source>
        <translation>VM yedeklenmiyor, bu nedenle geri yükleme noktası yok.</translation>
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
        <source>No access for Azure Backup (keys and secrets: get, list, backup) on {name}.</source>
        <translation>Azure Backup&apos;ın {name} anahtar kasasında erişimi yok (anahtarlar ve gizli diziler: get, list, backup).</translation>
    </message>
    <message>
        <source>The key vault grants get, list and backup on keys and secrets.</source>
        <translation>Anahtar kasası, anahtarlar ve gizli diziler için get, list ve backup izinlerini veriyor.</translation>
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
        <source>Powers the VM off through Azure so its reported state is right again.</source>
        <translation>VM&apos;yi Azure üzerinden kapatır; böylece bildirilen durumu yeniden doğru olur.</translation>
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
