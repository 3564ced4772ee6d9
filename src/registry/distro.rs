//! Base filesystems of the catalogue (Debian, Ubuntu, Alpine, Oracle Linux, …) and named texts.
//!
//! File sets are written in the small entry language of [`super::build`]: `/dir/`, `/path=exe`,
//! `/path=file 5M`, `/path=text NAME`, `/path:=literal`, `/link->target`, `+passwd LINE`,
//! `%set` to include another set, `*` to mark files that absorb the layer's remaining size, and
//! `{a,b}` to expand one brace group. Texts are the real files' contents where learners look at
//! them (`cat /etc/os-release`, the nginx welcome page).

/// The directories every Linux root has.
const FHS: &[&str] = &[
    "/bin/",
    "/boot/",
    "/dev/",
    "/etc/",
    "/home/",
    "/lib/",
    "/media/",
    "/mnt/",
    "/opt/",
    "/proc/ mode=555",
    "/root/ mode=700",
    "/run/",
    "/sbin/",
    "/srv/",
    "/sys/ mode=555",
    "/tmp/ mode=1777",
    "/usr/",
    "/usr/bin/",
    "/usr/lib/",
    "/usr/local/",
    "/usr/local/bin/",
    "/usr/local/etc/",
    "/usr/local/include/",
    "/usr/local/lib/",
    "/usr/local/sbin/",
    "/usr/local/share/",
    "/usr/local/src/",
    "/usr/sbin/",
    "/usr/share/",
    "/var/",
    "/var/cache/",
    "/var/lib/",
    "/var/local/",
    "/var/log/",
    "/var/mail/",
    "/var/opt/",
    "/var/spool/",
    "/var/tmp/ mode=1777",
];

/// GNU userland shared by Debian and Ubuntu (dash as `/bin/sh`, bash, coreutils, apt).
const GNU_USERLAND: &[&str] = &[
    "%fhs",
    "/lib64/",
    "/bin/bash=exe 1.27M",
    "/bin/dash=exe 125k",
    "/bin/sh->dash",
    "/bin/rbash->bash",
    "/bin/{cat,chgrp,chmod,chown,cp,date,dd,df,dir,echo,false,ln,ls,mkdir,mknod,mktemp,mv,pwd,readlink,rm,rmdir,sleep,stty,sync,touch,true,uname,vdir}=exe",
    "/bin/{grep,egrep,fgrep,gzip,gunzip,zcat,sed,tar,hostname,login,su,more,mount,umount,run-parts,tempfile,kill,ps,which}=exe",
    "/usr/bin/{apt,apt-get,apt-cache,apt-config,apt-mark,dpkg,dpkg-query,dpkg-deb,dpkg-divert,basename,clear,cut,diff,dirname,du,env,expr,find,head,id,install,md5sum,nproc,perl,printf,seq,sort,stat,tail,tee,test,timeout,tr,uniq,wc,whoami,xargs,yes,getent,groups,passwd,tty,nohup,nice,printenv,realpath,sha1sum,sha256sum,base64,tac,mawk,mkfifo,nl,od,paste,split,unlink,users,who,chsh,chfn,newgrp,logger,setsid,touch,ldd,locale,iconv,cmp,diff3,sdiff,zgrep,bunzip2,xz,unxz,lsblk,savelog,tic,tput,reset,infocmp}=exe",
    "/usr/bin/[=exe",
    "/usr/bin/awk->/etc/alternatives/awk",
    "/etc/alternatives/awk->/usr/bin/mawk",
    "/usr/sbin/{useradd,userdel,usermod,groupadd,groupdel,groupmod,chpasswd,chroot,nologin,pwck,grpck,invoke-rc.d,update-rc.d,service,pam-auth-update,rmt}=exe",
    "/sbin/{ldconfig,start-stop-daemon,shadowconfig,getty,mkswap,swapon,swapoff,fsck,agetty,blkid,findfs}=exe",
    "/etc/hostname:=",
    "/etc/shells=text gnu-shells",
    "/etc/profile=text gnu-profile",
    "/etc/bash.bashrc=text bash-bashrc",
    "/etc/environment:=",
    "/etc/apt/",
    "/etc/apt/apt.conf.d/",
    "/etc/apt/sources.list.d/",
    "/etc/ssl/",
    "/root/.bashrc=text root-bashrc",
    "/root/.profile=text root-profile",
    "/var/lib/apt/lists/",
    "/var/lib/dpkg/",
    "/var/cache/apt/",
    "/var/log/apt/",
];

/// `debian:bookworm` (12.11), the base of most official images.
const DEBIAN_BOOKWORM: &[&str] = &[
    "%gnu",
    "/etc/os-release->../usr/lib/os-release",
    "/usr/lib/os-release=text debian-12-os-release",
    "/etc/debian_version:=12.11\n",
    "/etc/issue:=Debian GNU/Linux 12 \\n \\l\n\n",
    "/etc/passwd=text debian-passwd",
    "/etc/group=text debian-group",
    "/etc/apt/sources.list.d/debian.sources=text debian-sources",
    "*/usr/lib/x86_64-linux-gnu/{libc.so.6,libstdc++.so.6,libcrypto.so.3,libssl.so.3,libsystemd.so.0,libgnutls.so.30,libdb-5.3.so,libapt-pkg.so.6.0}=file",
    "*/usr/share/{perl/5.36/unicore/lib.tar,locale/locale.alias.db,zoneinfo/tzdata.zi}=file",
    "*/var/lib/dpkg/status=file",
];

/// Ubuntu shares Debian's layout but has its own release files and the `ubuntu` user.
const UBUNTU_COMMON: &[&str] = &[
    "%gnu",
    "/etc/passwd=text ubuntu-passwd",
    "/etc/group=text ubuntu-group",
    "/home/ubuntu/ own=1000:1000 mode=750",
    "/home/ubuntu/.bashrc=text root-bashrc own=1000:1000",
    "/etc/os-release->../usr/lib/os-release",
    "*/usr/lib/x86_64-linux-gnu/{libc.so.6,libstdc++.so.6,libcrypto.so.3,libssl.so.3,libsystemd.so.0,libgnutls.so.30,libapt-pkg.so.6.0}=file",
    "*/var/lib/dpkg/status=file",
];

/// `ubuntu:24.04` (noble).
const UBUNTU_NOBLE: &[&str] = &[
    "%ubuntu",
    "/usr/lib/os-release=text ubuntu-24.04-os-release",
    "/etc/lsb-release=text ubuntu-24.04-lsb-release",
    "/etc/debian_version:=trixie/sid\n",
    "/etc/issue:=Ubuntu 24.04.2 LTS \\n \\l\n\n",
    "/etc/apt/sources.list.d/ubuntu.sources=text ubuntu-noble-sources",
];

/// `ubuntu:22.04` (jammy).
const UBUNTU_JAMMY: &[&str] = &[
    "%ubuntu",
    "/usr/lib/os-release=text ubuntu-22.04-os-release",
    "/etc/lsb-release=text ubuntu-22.04-lsb-release",
    "/etc/debian_version:=bookworm/sid\n",
    "/etc/issue:=Ubuntu 22.04.5 LTS \\n \\l\n\n",
];

/// Alpine: musl, BusyBox applets as links, `apk`.
const ALPINE_COMMON: &[&str] = &[
    "%fhs",
    "/bin/busybox=exe 808k",
    "/bin/{sh,ash,cat,chgrp,chmod,chown,cp,date,dd,df,dmesg,echo,egrep,false,fgrep,grep,gunzip,gzip,hostname,kill,ln,login,ls,mkdir,mknod,mktemp,more,mount,mv,netstat,nice,pidof,ping,ps,pwd,rm,rmdir,sed,sleep,stat,stty,su,sync,tar,touch,true,umount,uname,usleep,watch,zcat}->/bin/busybox",
    "/usr/bin/{[,awk,basename,clear,cut,diff,dirname,du,env,expr,find,free,head,id,install,less,md5sum,nc,nohup,nproc,nslookup,od,printf,realpath,seq,sha256sum,sort,tail,tee,test,time,timeout,top,tr,uniq,unzip,uptime,vi,wc,wget,which,whoami,xargs,yes}->/bin/busybox",
    "/sbin/{adduser,addgroup,deluser,delgroup,halt,ifconfig,init,poweroff,reboot,sysctl,route}->/bin/busybox",
    "/sbin/apk=exe 66k",
    "/sbin/ldconfig=exe",
    "/usr/bin/{getconf,getent,iconv,ldd,scanelf,ssl_client}=exe",
    "/lib/ld-musl-x86_64.so.1=exe 657k",
    "/lib/libc.musl-x86_64.so.1->ld-musl-x86_64.so.1",
    "/etc/hostname:=",
    "/etc/passwd=text alpine-passwd",
    "/etc/group=text alpine-group",
    "/etc/shells:=# valid login shells\n/bin/sh\n/bin/ash\n",
    "/etc/profile=text alpine-profile",
    "/etc/apk/",
    "/etc/apk/keys/",
    "/etc/apk/world:=alpine-baselayout\nalpine-keys\nalpine-release\napk-tools\nbusybox\nca-certificates-bundle\nlibssl3\nmusl-utils\n",
    "/etc/ssl/certs/ca-certificates.crt=file 222k",
    "/lib/apk/db/",
    "*/lib/apk/db/installed=file",
    "*/usr/lib/{libcrypto.so.3,libssl.so.3,libz.so.1.3.1,libapk.so.2.14.0}=file",
];

/// `alpine:3.21` (3.21.3).
const ALPINE_321: &[&str] = &[
    "%alpine",
    "/etc/os-release=text alpine-3.21-os-release",
    "/etc/alpine-release:=3.21.3\n",
    "/etc/issue:=Welcome to Alpine Linux 3.21\nKernel \\r on \\m (\\l)\n\n",
    "/etc/apk/repositories:=https://dl-cdn.alpinelinux.org/alpine/v3.21/main\nhttps://dl-cdn.alpinelinux.org/alpine/v3.21/community\n",
];

/// `alpine:3.22` (3.22.0).
const ALPINE_322: &[&str] = &[
    "%alpine",
    "/etc/os-release=text alpine-3.22-os-release",
    "/etc/alpine-release:=3.22.0\n",
    "/etc/issue:=Welcome to Alpine Linux 3.22\nKernel \\r on \\m (\\l)\n\n",
    "/etc/apk/repositories:=https://dl-cdn.alpinelinux.org/alpine/v3.22/main\nhttps://dl-cdn.alpinelinux.org/alpine/v3.22/community\n",
];

/// Red Hat family roots (Oracle Linux, CentOS, Amazon Linux): bash as `/bin/sh`, dnf/yum.
const REDHAT_COMMON: &[&str] = &[
    "%fhs",
    "/lib64/",
    "/bin/bash=exe 1.39M",
    "/bin/sh->bash",
    "/bin/{cat,chgrp,chmod,chown,cp,date,dd,df,echo,false,grep,gzip,hostname,kill,ln,ls,mkdir,mktemp,mv,ps,pwd,readlink,rm,rmdir,sed,sleep,sort,stty,su,sync,tar,touch,true,uname,which}=exe",
    "/usr/bin/{basename,cut,diff,dirname,du,env,expr,find,head,id,install,md5sum,nproc,printf,rpm,seq,sha256sum,stat,tail,tee,test,timeout,tr,uniq,wc,whoami,xargs,yes,getent,curl}=exe",
    "/usr/sbin/{useradd,userdel,groupadd,groupdel,chroot,nologin,ldconfig}=exe",
    "/etc/hostname:=",
    "/etc/passwd=text redhat-passwd",
    "/etc/group=text redhat-group",
    "/etc/shells:=/bin/sh\n/bin/bash\n/usr/bin/sh\n/usr/bin/bash\n",
    "/root/.bashrc=text root-bashrc",
    "/etc/yum.repos.d/",
    "*/usr/lib64/{libc.so.6,libcrypto.so.3,libssl.so.3,libstdc++.so.6,librpm.so.9}=file",
    "*/var/lib/rpm/rpmdb.sqlite=file",
];

/// `oraclelinux:9-slim`, the base of `mysql` and `openjdk`.
const ORACLELINUX_9: &[&str] = &[
    "%redhat",
    "/usr/bin/microdnf=exe",
    "/etc/os-release->../usr/lib/os-release",
    "/usr/lib/os-release=text ol-9-os-release",
    "/etc/oracle-release:=Oracle Linux Server release 9.5\n",
    "/etc/redhat-release->oracle-release",
];

/// `oraclelinux:7-slim` (7.9), the base of `mysql:5.7`.
#[cfg(feature = "full")]
const ORACLELINUX_7: &[&str] = &[
    "%redhat",
    "/usr/bin/yum=exe",
    "/etc/os-release->../usr/lib/os-release",
    "/usr/lib/os-release=text ol-7-os-release",
    "/etc/oracle-release:=Oracle Linux Server release 7.9\n",
    "/etc/redhat-release:=Red Hat Enterprise Linux Server release 7.9 (Maipo)\n",
    "/etc/system-release->oracle-release",
];

/// `centos:7` (deprecated).
#[cfg(feature = "full")]
const CENTOS_7: &[&str] = &[
    "%redhat",
    "/usr/bin/yum=exe",
    "/etc/os-release->../usr/lib/os-release",
    "/usr/lib/os-release=text centos-7-os-release",
    "/etc/centos-release:=CentOS Linux release 7.9.2009 (Core)\n",
    "/etc/redhat-release->centos-release",
];

/// `centos:8` (deprecated; the last `latest`).
#[cfg(feature = "full")]
const CENTOS_8: &[&str] = &[
    "%redhat",
    "/usr/bin/{dnf,yum}=exe",
    "/etc/os-release->../usr/lib/os-release",
    "/usr/lib/os-release=text centos-8-os-release",
    "/etc/centos-release:=CentOS Linux release 8.4.2105\n",
    "/etc/redhat-release->centos-release",
];

/// `amazonlinux:2023`.
const AMAZONLINUX_2023: &[&str] = &[
    "%redhat",
    "/usr/bin/{dnf,yum}=exe",
    "/etc/os-release->../usr/lib/os-release",
    "/usr/lib/os-release=text al-2023-os-release",
    "/etc/system-release:=Amazon Linux release 2023.7.20250527 (Amazon Linux)\n",
];

/// `amazonlinux:2`.
#[cfg(feature = "full")]
const AMAZONLINUX_2: &[&str] = &[
    "%redhat",
    "/usr/bin/yum=exe",
    "/etc/os-release=text al-2-os-release",
    "/etc/system-release:=Amazon Linux release 2 (Karoo)\n",
];

/// The `busybox` image: one static binary and its applets.
const BUSYBOX: &[&str] = &[
    "/bin/",
    "/dev/",
    "/etc/",
    "/home/",
    "/lib/",
    "/root/ mode=700",
    "/tmp/ mode=1777",
    "/usr/sbin/",
    "/var/spool/mail/",
    "/var/www/",
    "*/bin/busybox=exe",
    "/bin/{sh,ash,awk,cat,chmod,chown,cp,cut,date,dd,df,du,echo,env,expr,false,find,free,grep,gunzip,gzip,head,hostname,id,ifconfig,ip,kill,less,ln,ls,md5sum,mkdir,mktemp,more,mount,mv,nc,netstat,nslookup,ping,printf,ps,pwd,rm,rmdir,sed,seq,sh,sleep,sort,stat,tail,tar,tee,telnet,test,time,top,touch,tr,traceroute,true,uname,uniq,uptime,vi,watch,wc,wget,which,whoami,xargs,yes,[}->busybox",
    "/etc/passwd=text busybox-passwd",
    "/etc/group=text busybox-group",
    "/etc/hostname:=",
];

/// Looks up a named file set.
pub(crate) fn set(name: &str) -> Option<&'static [&'static str]> {
    Some(match name {
        "fhs" => FHS,
        "gnu" => GNU_USERLAND,
        "debian-bookworm" => DEBIAN_BOOKWORM,
        "ubuntu" => UBUNTU_COMMON,
        "ubuntu-noble" => UBUNTU_NOBLE,
        "ubuntu-jammy" => UBUNTU_JAMMY,
        "alpine" => ALPINE_COMMON,
        "alpine-3.21" => ALPINE_321,
        "alpine-3.22" => ALPINE_322,
        "redhat" => REDHAT_COMMON,
        "oraclelinux-9" => ORACLELINUX_9,
        #[cfg(feature = "full")]
        "oraclelinux-7" => ORACLELINUX_7,
        #[cfg(feature = "full")]
        "centos-7" => CENTOS_7,
        #[cfg(feature = "full")]
        "centos-8" => CENTOS_8,
        "amazonlinux-2023" => AMAZONLINUX_2023,
        #[cfg(feature = "full")]
        "amazonlinux-2" => AMAZONLINUX_2,
        "busybox" => BUSYBOX,
        _ => return None,
    })
}

/// Looks up a named text (a file's exact content).
pub(crate) fn text(name: &str) -> Option<&'static str> {
    Some(match name {
        "debian-12-os-release" => DEBIAN_12_OS_RELEASE,
        "ubuntu-24.04-os-release" => UBUNTU_2404_OS_RELEASE,
        "ubuntu-22.04-os-release" => UBUNTU_2204_OS_RELEASE,
        "ubuntu-24.04-lsb-release" => "DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=24.04\nDISTRIB_CODENAME=noble\nDISTRIB_DESCRIPTION=\"Ubuntu 24.04.2 LTS\"\n",
        "ubuntu-22.04-lsb-release" => "DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=22.04\nDISTRIB_CODENAME=jammy\nDISTRIB_DESCRIPTION=\"Ubuntu 22.04.5 LTS\"\n",
        "alpine-3.21-os-release" => ALPINE_321_OS_RELEASE,
        "alpine-3.22-os-release" => ALPINE_322_OS_RELEASE,
        "ol-9-os-release" => OL_9_OS_RELEASE,
        #[cfg(feature = "full")]
        "ol-7-os-release" => OL_7_OS_RELEASE,
        #[cfg(feature = "full")]
        "centos-7-os-release" => CENTOS_7_OS_RELEASE,
        #[cfg(feature = "full")]
        "centos-8-os-release" => CENTOS_8_OS_RELEASE,
        "al-2023-os-release" => AL_2023_OS_RELEASE,
        #[cfg(feature = "full")]
        "al-2-os-release" => AL_2_OS_RELEASE,
        "debian-passwd" => DEBIAN_PASSWD,
        "debian-group" => DEBIAN_GROUP,
        "ubuntu-passwd" => UBUNTU_PASSWD,
        "ubuntu-group" => UBUNTU_GROUP,
        "alpine-passwd" => ALPINE_PASSWD,
        "alpine-group" => ALPINE_GROUP,
        "redhat-passwd" => REDHAT_PASSWD,
        "redhat-group" => REDHAT_GROUP,
        "busybox-passwd" => "root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\nbin:x:2:2:bin:/bin:/bin/false\nsys:x:3:3:sys:/dev:/bin/false\nsync:x:4:100:sync:/bin:/bin/sync\nmail:x:8:8:mail:/var/spool/mail:/bin/false\nwww-data:x:33:33:www-data:/var/www:/bin/false\noperator:x:37:37:Operator:/var:/bin/false\nnobody:x:65534:65534:nobody:/home:/bin/false\n",
        "busybox-group" => "root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nlp:x:7:\nmail:x:8:\nkmem:x:9:\nwheel:x:10:root\ncdrom:x:11:\ndialout:x:18:\nfloppy:x:19:\nvideo:x:28:\naudio:x:29:\ntape:x:32:\nwww-data:x:33:\noperator:x:37:\nutmp:x:43:\nplugdev:x:46:\nstaff:x:50:\nlock:x:54:\nnetdev:x:82:\nusers:x:100:\nnobody:x:65534:\n",
        "debian-sources" => "Types: deb\n# http://snapshot.debian.org/archive/debian/20250512T000000Z\nURIs: http://deb.debian.org/debian\nSuites: bookworm bookworm-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n\nTypes: deb\n# http://snapshot.debian.org/archive/debian-security/20250512T000000Z\nURIs: http://deb.debian.org/debian-security\nSuites: bookworm-security\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n",
        "ubuntu-noble-sources" => "Types: deb\nURIs: http://archive.ubuntu.com/ubuntu/\nSuites: noble noble-updates noble-backports\nComponents: main universe restricted multiverse\nSigned-By: /usr/share/keyrings/ubuntu-archive-keyring.gpg\n\nTypes: deb\nURIs: http://security.ubuntu.com/ubuntu/\nSuites: noble-security\nComponents: main universe restricted multiverse\nSigned-By: /usr/share/keyrings/ubuntu-archive-keyring.gpg\n",
        "gnu-shells" => "# /etc/shells: valid login shells\n/bin/sh\n/usr/bin/sh\n/bin/bash\n/usr/bin/bash\n/bin/rbash\n/usr/bin/rbash\n/bin/dash\n/usr/bin/dash\n",
        "gnu-profile" => GNU_PROFILE,
        "alpine-profile" => ALPINE_PROFILE,
        "bash-bashrc" => "# System-wide .bashrc file for interactive bash(1) shells.\n\n# If not running interactively, don't do anything\n[ -z \"$PS1\" ] && return\n\n# check the window size after each command and, if necessary,\n# update the values of LINES and COLUMNS.\nshopt -s checkwinsize\n\n# set a fancy prompt (non-color, overwrite the one in /etc/profile)\nPS1='${debian_chroot:+($debian_chroot)}\\u@\\h:\\w\\$ '\n",
        "root-bashrc" => "# ~/.bashrc: executed by bash(1) for non-login shells.\n\n# You may uncomment the following lines if you want `ls' to be colorized:\n# export LS_OPTIONS='--color=auto'\n# eval \"$(dircolors)\"\n# alias ls='ls $LS_OPTIONS'\n# alias ll='ls $LS_OPTIONS -l'\n# alias l='ls $LS_OPTIONS -lA'\n#\n# Some more alias to avoid making mistakes:\n# alias rm='rm -i'\n# alias cp='cp -i'\n# alias mv='mv -i'\n",
        "root-profile" => "# ~/.profile: executed by Bourne-compatible login shells.\n\nif [ \"$BASH\" ]; then\n  if [ -f ~/.bashrc ]; then\n    . ~/.bashrc\n  fi\nfi\n\nmesg n 2> /dev/null || true\n",
        "node-entrypoint" => NODE_ENTRYPOINT,
        "generic-entrypoint" => GENERIC_ENTRYPOINT,
        "registry-entrypoint" => REGISTRY_ENTRYPOINT,
        "registry-config" => REGISTRY_CONFIG,
        "registry-config-v2" => REGISTRY_CONFIG_V2,
        "nginx-entrypoint" => NGINX_ENTRYPOINT,
        "nginx-index" => NGINX_INDEX,
        "nginx-50x" => NGINX_50X,
        "nginx-conf" => NGINX_CONF,
        "nginx-default-conf" => NGINX_DEFAULT_CONF,
        "httpd-index" => "<html><body><h1>It works!</h1></body></html>\n",
        "httpd-foreground" => "#!/bin/sh\nset -e\n\n# Apache gets grumpy about PID files pre-existing\nrm -f /usr/local/apache2/logs/httpd.pid\n\nexec httpd -DFOREGROUND \"$@\"\n",
        "redis-conf-note" => "# Redis configuration is passed on the command line by default.\n# Mount a redis.conf and run `redis-server /path/to/redis.conf` to use one.\n",
        "apache2-foreground" => "#!/bin/bash\nset -e\n\n# Note: we don't just use \"apache2ctl\" here because it itself is just a shell-script wrapper around apache2 which provides extra functionality.\n. /etc/apache2/envvars\n\n# Apache gets grumpy about PID files pre-existing\nrm -f /var/run/apache2/apache2.pid\n\nexec apache2 -DFOREGROUND \"$@\"\n",
        "php-index" => "<?php\nphpinfo();\n",
        "caddyfile" => CADDYFILE,
        "caddy-index" => "<!DOCTYPE html>\n<html>\n<head>\n<title>Caddy works!</title>\n</head>\n<body>\n<h1>Caddy works!</h1>\n<p>Your web server is working. Now make it work for you.</p>\n</body>\n</html>\n",
        _ => return None,
    })
}

const DEBIAN_12_OS_RELEASE: &str = "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"
NAME=\"Debian GNU/Linux\"
VERSION_ID=\"12\"
VERSION=\"12 (bookworm)\"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL=\"https://www.debian.org/\"
SUPPORT_URL=\"https://www.debian.org/support\"
BUG_REPORT_URL=\"https://bugs.debian.org/\"
";

const UBUNTU_2404_OS_RELEASE: &str = "PRETTY_NAME=\"Ubuntu 24.04.2 LTS\"
NAME=\"Ubuntu\"
VERSION_ID=\"24.04\"
VERSION=\"24.04.2 LTS (Noble Numbat)\"
VERSION_CODENAME=noble
ID=ubuntu
ID_LIKE=debian
HOME_URL=\"https://www.ubuntu.com/\"
SUPPORT_URL=\"https://help.ubuntu.com/\"
BUG_REPORT_URL=\"https://bugs.launchpad.net/ubuntu/\"
PRIVACY_POLICY_URL=\"https://www.ubuntu.com/legal/terms-and-policies/privacy-policy\"
UBUNTU_CODENAME=noble
LOGO=ubuntu-logo
";

const UBUNTU_2204_OS_RELEASE: &str = "PRETTY_NAME=\"Ubuntu 22.04.5 LTS\"
NAME=\"Ubuntu\"
VERSION_ID=\"22.04\"
VERSION=\"22.04.5 LTS (Jammy Jellyfish)\"
VERSION_CODENAME=jammy
ID=ubuntu
ID_LIKE=debian
HOME_URL=\"https://www.ubuntu.com/\"
SUPPORT_URL=\"https://help.ubuntu.com/\"
BUG_REPORT_URL=\"https://bugs.launchpad.net/ubuntu/\"
PRIVACY_POLICY_URL=\"https://www.ubuntu.com/legal/terms-and-policies/privacy-policy\"
UBUNTU_CODENAME=jammy
";

const ALPINE_321_OS_RELEASE: &str = "NAME=\"Alpine Linux\"
ID=alpine
VERSION_ID=3.21.3
PRETTY_NAME=\"Alpine Linux v3.21\"
HOME_URL=\"https://alpinelinux.org/\"
BUG_REPORT_URL=\"https://gitlab.alpinelinux.org/alpine/aports/-/issues\"
";

const ALPINE_322_OS_RELEASE: &str = "NAME=\"Alpine Linux\"
ID=alpine
VERSION_ID=3.22.0
PRETTY_NAME=\"Alpine Linux v3.22\"
HOME_URL=\"https://alpinelinux.org/\"
BUG_REPORT_URL=\"https://gitlab.alpinelinux.org/alpine/aports/-/issues\"
";

const OL_9_OS_RELEASE: &str = "NAME=\"Oracle Linux Server\"
VERSION=\"9.5\"
ID=\"ol\"
ID_LIKE=\"fedora\"
VARIANT=\"Server\"
VARIANT_ID=\"server\"
VERSION_ID=\"9.5\"
PLATFORM_ID=\"platform:el9\"
PRETTY_NAME=\"Oracle Linux Server 9.5\"
ANSI_COLOR=\"0;31\"
CPE_NAME=\"cpe:/o:oracle:linux:9:5:server\"
HOME_URL=\"https://linux.oracle.com/\"
BUG_REPORT_URL=\"https://github.com/oracle/oracle-linux\"

ORACLE_BUGZILLA_PRODUCT=\"Oracle Linux 9\"
ORACLE_BUGZILLA_PRODUCT_VERSION=9.5
ORACLE_SUPPORT_PRODUCT=\"Oracle Linux\"
ORACLE_SUPPORT_PRODUCT_VERSION=9.5
";

#[cfg(feature = "full")]
const OL_7_OS_RELEASE: &str = "NAME=\"Oracle Linux Server\"
VERSION=\"7.9\"
ID=\"ol\"
ID_LIKE=\"fedora\"
VARIANT=\"Server\"
VARIANT_ID=\"server\"
VERSION_ID=\"7.9\"
PRETTY_NAME=\"Oracle Linux Server 7.9\"
ANSI_COLOR=\"0;31\"
CPE_NAME=\"cpe:/o:oracle:linux:7:9:server\"
HOME_URL=\"https://linux.oracle.com/\"
BUG_REPORT_URL=\"https://bugzilla.oracle.com/\"

ORACLE_BUGZILLA_PRODUCT=\"Oracle Linux 7\"
ORACLE_BUGZILLA_PRODUCT_VERSION=7.9
ORACLE_SUPPORT_PRODUCT=\"Oracle Linux\"
ORACLE_SUPPORT_PRODUCT_VERSION=7.9
";

#[cfg(feature = "full")]
const CENTOS_7_OS_RELEASE: &str = "NAME=\"CentOS Linux\"
VERSION=\"7 (Core)\"
ID=\"centos\"
ID_LIKE=\"rhel fedora\"
VERSION_ID=\"7\"
PRETTY_NAME=\"CentOS Linux 7 (Core)\"
ANSI_COLOR=\"0;31\"
CPE_NAME=\"cpe:/o:centos:centos:7\"
HOME_URL=\"https://www.centos.org/\"
BUG_REPORT_URL=\"https://bugs.centos.org/\"

CENTOS_MANTISBT_PROJECT=\"CentOS-7\"
CENTOS_MANTISBT_PROJECT_VERSION=\"7\"
REDHAT_SUPPORT_PRODUCT=\"centos\"
REDHAT_SUPPORT_PRODUCT_VERSION=\"7\"

";

#[cfg(feature = "full")]
const CENTOS_8_OS_RELEASE: &str = "NAME=\"CentOS Linux\"
VERSION=\"8\"
ID=\"centos\"
ID_LIKE=\"rhel fedora\"
VERSION_ID=\"8\"
PLATFORM_ID=\"platform:el8\"
PRETTY_NAME=\"CentOS Linux 8\"
ANSI_COLOR=\"0;31\"
CPE_NAME=\"cpe:/o:centos:centos:8\"
HOME_URL=\"https://centos.org/\"
BUG_REPORT_URL=\"https://bugs.centos.org/\"
CENTOS_MANTISBT_PROJECT=\"CentOS-8\"
CENTOS_MANTISBT_PROJECT_VERSION=\"8\"
";

const AL_2023_OS_RELEASE: &str = "NAME=\"Amazon Linux\"
VERSION=\"2023\"
ID=\"amzn\"
ID_LIKE=\"fedora\"
VERSION_ID=\"2023\"
PLATFORM_ID=\"platform:al2023\"
PRETTY_NAME=\"Amazon Linux 2023.7.20250527\"
ANSI_COLOR=\"0;33\"
CPE_NAME=\"cpe:2.3:o:amazon:amazon_linux:2023\"
HOME_URL=\"https://aws.amazon.com/linux/amazon-linux-2023/\"
DOCUMENTATION_URL=\"https://docs.aws.amazon.com/linux/\"
SUPPORT_URL=\"https://aws.amazon.com/premiumsupport/\"
BUG_REPORT_URL=\"https://github.com/amazonlinux/amazon-linux-2023\"
VENDOR_NAME=\"AWS\"
VENDOR_URL=\"https://aws.amazon.com/\"
SUPPORT_END=\"2029-06-30\"
";

#[cfg(feature = "full")]
const AL_2_OS_RELEASE: &str = "NAME=\"Amazon Linux\"
VERSION=\"2\"
ID=\"amzn\"
ID_LIKE=\"centos rhel fedora\"
VERSION_ID=\"2\"
PRETTY_NAME=\"Amazon Linux 2\"
ANSI_COLOR=\"0;33\"
CPE_NAME=\"cpe:2.3:o:amazon:amazon_linux:2\"
HOME_URL=\"https://amazonlinux.com/\"
SUPPORT_END=\"2026-06-30\"
";

const DEBIAN_PASSWD: &str = "root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sync:x:4:65534:sync:/bin:/bin/sync
games:x:5:60:games:/usr/games:/usr/sbin/nologin
man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin
proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin
_apt:x:42:65534::/nonexistent:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
";

const DEBIAN_GROUP: &str = "root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
lp:x:7:
mail:x:8:
news:x:9:
uucp:x:10:
man:x:12:
proxy:x:13:
kmem:x:15:
dialout:x:20:
fax:x:21:
voice:x:22:
cdrom:x:24:
floppy:x:25:
tape:x:26:
sudo:x:27:
audio:x:29:
dip:x:30:
www-data:x:33:
backup:x:34:
operator:x:37:
list:x:38:
irc:x:39:
src:x:40:
shadow:x:42:
utmp:x:43:
video:x:44:
sasl:x:45:
plugdev:x:46:
staff:x:50:
games:x:60:
users:x:100:
nogroup:x:65534:
";

const UBUNTU_PASSWD: &str = "root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sync:x:4:65534:sync:/bin:/bin/sync
games:x:5:60:games:/usr/games:/usr/sbin/nologin
man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin
proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin
_apt:x:42:65534::/nonexistent:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash
";

const UBUNTU_GROUP: &str = "root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:ubuntu
tty:x:5:
disk:x:6:
lp:x:7:
mail:x:8:
news:x:9:
uucp:x:10:
man:x:12:
proxy:x:13:
kmem:x:15:
dialout:x:20:ubuntu
fax:x:21:
voice:x:22:
cdrom:x:24:ubuntu
floppy:x:25:ubuntu
tape:x:26:
sudo:x:27:ubuntu
audio:x:29:ubuntu
dip:x:30:ubuntu
www-data:x:33:
backup:x:34:
operator:x:37:
list:x:38:
irc:x:39:
src:x:40:
shadow:x:42:
utmp:x:43:
video:x:44:ubuntu
sasl:x:45:
plugdev:x:46:ubuntu
staff:x:50:
games:x:60:
users:x:100:
nogroup:x:65534:
ubuntu:x:1000:
";

const ALPINE_PASSWD: &str = "root:x:0:0:root:/root:/bin/sh
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin
sync:x:5:0:sync:/sbin:/bin/sync
shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown
halt:x:7:0:halt:/sbin:/sbin/halt
mail:x:8:12:mail:/var/mail:/sbin/nologin
news:x:9:13:news:/usr/lib/news:/sbin/nologin
uucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin
cron:x:16:16:cron:/var/spool/cron:/sbin/nologin
ftp:x:21:21::/var/lib/ftp:/sbin/nologin
sshd:x:22:22:sshd:/dev/null:/sbin/nologin
games:x:35:35:games:/usr/games:/sbin/nologin
ntp:x:123:123:NTP:/var/empty:/sbin/nologin
guest:x:405:100:guest:/dev/null:/sbin/nologin
nobody:x:65534:65534:nobody:/:/sbin/nologin
";

const ALPINE_GROUP: &str = "root:x:0:root
bin:x:1:root,bin,daemon
daemon:x:2:root,bin,daemon
sys:x:3:root,bin
adm:x:4:root,daemon
tty:x:5:
disk:x:6:root
lp:x:7:lp
kmem:x:9:
wheel:x:10:root
floppy:x:11:root
mail:x:12:mail
news:x:13:news
uucp:x:14:uucp
cron:x:16:cron
audio:x:18:
cdrom:x:19:
dialout:x:20:root
ftp:x:21:
sshd:x:22:
input:x:23:
tape:x:26:root
video:x:27:root
netdev:x:28:
kvm:x:34:kvm
games:x:35:
shadow:x:42:
www-data:x:82:
users:x:100:games
ntp:x:123:
abuild:x:300:
utmp:x:406:
ping:x:999:
nogroup:x:65533:
nobody:x:65534:
";

const REDHAT_PASSWD: &str = "root:x:0:0:root:/root:/bin/bash
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
adm:x:3:4:adm:/var/adm:/sbin/nologin
lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin
sync:x:5:0:sync:/sbin:/bin/sync
shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown
halt:x:7:0:halt:/sbin:/sbin/halt
mail:x:8:12:mail:/var/spool/mail:/sbin/nologin
operator:x:11:0:operator:/root:/sbin/nologin
games:x:12:100:games:/usr/games:/sbin/nologin
ftp:x:14:50:FTP User:/var/ftp:/sbin/nologin
nobody:x:65534:65534:Kernel Overflow User:/:/sbin/nologin
";

const REDHAT_GROUP: &str = "root:x:0:
bin:x:1:
daemon:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
lp:x:7:
mem:x:8:
kmem:x:9:
wheel:x:10:
cdrom:x:11:
mail:x:12:
man:x:15:
dialout:x:18:
floppy:x:19:
games:x:20:
tape:x:33:
video:x:39:
ftp:x:50:
lock:x:54:
audio:x:63:
users:x:100:
nobody:x:65534:
";

const GNU_PROFILE: &str = "# /etc/profile: system-wide .profile file for the Bourne shell (sh(1))
# and Bourne compatible shells (bash(1), ksh(1), ash(1), ...).

if [ \"$(id -u)\" -eq 0 ]; then
  PATH=\"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\"
else
  PATH=\"/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games\"
fi
export PATH

if [ \"${PS1-}\" ]; then
  if [ \"${BASH-}\" ] && [ \"$BASH\" != \"/bin/sh\" ]; then
    if [ -f /etc/bash.bashrc ]; then
      . /etc/bash.bashrc
    fi
  else
    if [ \"$(id -u)\" -eq 0 ]; then
      PS1='# '
    else
      PS1='$ '
    fi
  fi
fi
";

const ALPINE_PROFILE: &str = "# Append \"$1\" to $PATH when not already in.
append_path () {
\tcase \":$PATH:\" in
\t\t*:\"$1\":*)
\t\t\t;;
\t\t*)
\t\t\tPATH=\"${PATH:+$PATH:}$1\"
\tesac
}

append_path \"/usr/local/sbin\"
append_path \"/usr/local/bin\"
append_path \"/usr/sbin\"
append_path \"/usr/bin\"
append_path \"/sbin\"
append_path \"/bin\"
unset -f append_path

export PATH
export PAGER=less
export PS1='\\h:\\w\\$ '
umask 022
";

/// The node images' entrypoint: prepends `node` when the first argument is not a command.
const NODE_ENTRYPOINT: &str = "#!/bin/sh
set -e

# Run command with node if the first argument contains a \"-\" or is not a system command. The last
# part inside the \"{}\" is a workaround for the following bug in ash/dash:
# https://bugs.debian.org/cgi-bin/bugreport.cgi?bug=874264
if [ \"${1#-}\" != \"${1}\" ] || [ -z \"$(command -v \"${1}\")\" ] || { [ -f \"${1}\" ] && ! [ -x \"${1}\" ]; }; then
  set -- node \"$@\"
fi

exec \"$@\"
";

/// A short stand-in for the database and cache images' entrypoints (the real ones are long).
const GENERIC_ENTRYPOINT: &str = "#!/bin/bash
set -eo pipefail
shopt -s nullglob

# If the first argument looks like a flag, run the server with it; otherwise run the command.
# First start: initialise the data directory from the environment and run the scripts in
# /docker-entrypoint-initdb.d/, then drop root privileges with gosu.
exec \"$@\"
";

/// The registry image's entrypoint: a config file means `registry serve FILE`.
const REGISTRY_ENTRYPOINT: &str = "#!/bin/sh

set -e

case \"$1\" in
    *.yaml|*.yml) set -- registry serve \"$@\" ;;
    serve|garbage-collect|help|-*) set -- registry \"$@\" ;;
esac

exec \"$@\"
";

/// What the two registry configurations share after their `log` section.
macro_rules! registry_config_rest {
    () => {
        "storage:
  cache:
    blobdescriptor: inmemory
  filesystem:
    rootdirectory: /var/lib/registry
http:
  addr: :5000
  headers:
    X-Content-Type-Options: [nosniff]
health:
  storagedriver:
    enabled: true
    interval: 10s
    threshold: 3
"
    };
}

/// The registry image's configuration (3.x): files under /var/lib/registry, HTTP on port
/// 5000, and the `environment` field its log lines carry.
const REGISTRY_CONFIG: &str = concat!(
    "version: 0.1
log:
  fields:
    service: registry
    environment: development
",
    registry_config_rest!()
);

/// The configuration of `registry:2`.
const REGISTRY_CONFIG_V2: &str = concat!(
    "version: 0.1
log:
  fields:
    service: registry
",
    registry_config_rest!()
);

/// A short stand-in for nginx's entrypoint: runs the scripts in /docker-entrypoint.d/ first.
const NGINX_ENTRYPOINT: &str = "#!/bin/sh
# vim:sw=4:ts=4:et

set -e

if [ \"$1\" = \"nginx\" ] || [ \"$1\" = \"nginx-debug\" ]; then
    echo \"$0: Looking for shell scripts in /docker-entrypoint.d/\"
    for f in $(find /docker-entrypoint.d/ -type f -print | sort -V); do
        echo \"$0: Launching $f\"
        \"$f\"
    done
    echo \"$0: Configuration complete; ready for start up\"
fi

exec \"$@\"
";

const NGINX_INDEX: &str = "<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href=\"http://nginx.org/\">nginx.org</a>.<br/>
Commercial support is available at
<a href=\"http://nginx.com/\">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
";

const NGINX_50X: &str = "<!DOCTYPE html>
<html>
<head>
<title>Error</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>An error occurred.</h1>
<p>Sorry, the page you are looking for is currently unavailable.<br/>
Please try again later.</p>
<p>If you are the system administrator of this resource then you should check
the error log for details.</p>
<p><em>Faithfully yours, nginx.</em></p>
</body>
</html>
";

const NGINX_CONF: &str = "
user  nginx;
worker_processes  auto;

error_log  /var/log/nginx/error.log notice;
pid        /run/nginx.pid;


events {
    worker_connections  1024;
}


http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;

    log_format  main  '$remote_addr - $remote_user [$time_local] \"$request\" '
                      '$status $body_bytes_sent \"$http_referer\" '
                      '\"$http_user_agent\" \"$http_x_forwarded_for\"';

    access_log  /var/log/nginx/access.log  main;

    sendfile        on;
    #tcp_nopush     on;

    keepalive_timeout  65;

    #gzip  on;

    include /etc/nginx/conf.d/*.conf;
}
";

const NGINX_DEFAULT_CONF: &str = "server {
    listen       80;
    listen  [::]:80;
    server_name  localhost;

    #access_log  /var/log/nginx/host.access.log  main;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    #error_page  404              /404.html;

    # redirect server error pages to the static page /50x.html
    #
    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }

    # proxy the PHP scripts to Apache listening on 127.0.0.1:80
    #
    #location ~ \\.php$ {
    #    proxy_pass   http://127.0.0.1;
    #}

    # pass the PHP scripts to FastCGI server listening on 127.0.0.1:9000
    #
    #location ~ \\.php$ {
    #    root           html;
    #    fastcgi_pass   127.0.0.1:9000;
    #    fastcgi_index  index.php;
    #    fastcgi_param  SCRIPT_FILENAME  /scripts$fastcgi_script_name;
    #    include        fastcgi_params;
    #}

    # deny access to .htaccess files, if Apache's document root
    # concurs with nginx's one
    #
    #location ~ /\\.ht {
    #    deny  all;
    #}
}

";

const CADDYFILE: &str = "# The Caddyfile is an easy way to configure your Caddy web server.
#
# Unless the file starts with a global options block, the first
# uncommented line is always the address of your site.
#
# To use your own domain name (with automatic HTTPS), first make
# sure your domain's A/AAAA DNS records are properly pointed to
# this machine's public IP, then replace \":80\" below with your
# domain name.

:80 {
\t# Set this path to your site's directory.
\troot * /usr/share/caddy

\t# Enable the static file server.
\tfile_server

\t# Another common task is to set up a reverse proxy:
\t# reverse_proxy localhost:8080

\t# Or serve a PHP site through php-fpm:
\t# php_fastcgi localhost:9000
}

# Refer to the Caddy docs for more information:
# https://caddyserver.com/docs/caddyfile
";

/// Ubuntu releases: `VERSION CODENAME Name_Animal POINT` (POINT is the last point release of an
/// LTS, or empty), oldest first.
#[cfg(feature = "full")]
pub(crate) const UBUNTU_RELEASES: &str = "10.04 lucid Lucid_Lynx 4|12.04 precise Precise_Pangolin 5|12.10 quantal Quantal_Quetzal |13.04 raring Raring_Ringtail |13.10 saucy Saucy_Salamander |14.04 trusty Trusty_Tahr 6|14.10 utopic Utopic_Unicorn |15.04 vivid Vivid_Vervet |15.10 wily Wily_Werewolf |16.04 xenial Xenial_Xerus 7|16.10 yakkety Yakkety_Yak |17.04 zesty Zesty_Zapus |17.10 artful Artful_Aardvark |18.04 bionic Bionic_Beaver 6|18.10 cosmic Cosmic_Cuttlefish |19.04 disco Disco_Dingo |19.10 eoan Eoan_Ermine |20.04 focal Focal_Fossa 6|20.10 groovy Groovy_Gorilla |21.04 hirsute Hirsute_Hippo |21.10 impish Impish_Indri |22.04 jammy Jammy_Jellyfish 5|22.10 kinetic Kinetic_Kudu |23.04 lunar Lunar_Lobster |23.10 mantic Mantic_Minotaur |24.04 noble Noble_Numbat 2|24.10 oracular Oracular_Oriole |25.04 plucky Plucky_Puffin |25.10 questing Questing_Quokka ";

/// An Ubuntu release by version or codename: (version, codename, `Name_Animal`, point).
#[cfg(feature = "full")]
pub(crate) fn ubuntu_release(
    key: &str,
) -> Option<(&'static str, &'static str, &'static str, &'static str)> {
    UBUNTU_RELEASES.split('|').find_map(|r| {
        let mut f = r.split(' ');
        let (v, c, n, p) = (f.next()?, f.next()?, f.next()?, f.next().unwrap_or(""));
        (v == key || c == key).then_some((v, c, n, p))
    })
}

/// Generated file sets: entries separated by `¦`, with `$X` placeholders filled by [`gen_set`].
#[cfg(feature = "full")]
const GEN_DEBIAN: &str = "%gnu¦/etc/os-release->../usr/lib/os-release¦/usr/lib/os-release:=PRETTY_NAME=\"Debian GNU/Linux $N ($C)\"\nNAME=\"Debian GNU/Linux\"\nVERSION_ID=\"$N\"\nVERSION=\"$N ($C)\"\n$KID=debian\nHOME_URL=\"$W://www.debian.org/\"\nSUPPORT_URL=\"$W://www.debian.org/support\"\nBUG_REPORT_URL=\"https://bugs.debian.org/\"\n¦/etc/debian_version:=$P\n¦/etc/issue:=Debian GNU/Linux $N \\n \\l\n\n¦/etc/apt/sources.list:=deb http://deb.debian.org/debian $C main\n¦/etc/passwd=text debian-passwd¦/etc/group=text debian-group¦*/usr/lib/x86_64-linux-gnu/{libc.so.6,libstdc++.so.6,libcrypto.so.1.1,libssl.so.1.1,libsystemd.so.0,libapt-pkg.so.6.0}=file¦*/var/lib/dpkg/status=file";
#[cfg(feature = "full")]
const GEN_UBUNTU: &str = "%ubuntu¦/usr/lib/os-release:=$O¦/etc/debian_version:=$D/sid\n¦/etc/lsb-release:=DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=$V\nDISTRIB_CODENAME=$C\nDISTRIB_DESCRIPTION=\"Ubuntu $P\"\n¦/etc/issue:=Ubuntu $P \\n \\l\n\n";
#[cfg(feature = "full")]
const UBUNTU_NEW: &str = "PRETTY_NAME=\"Ubuntu $P\"\nNAME=\"Ubuntu\"\nVERSION_ID=\"$V\"\nVERSION=\"$P ($T)\"\nVERSION_CODENAME=$C\nID=ubuntu\nID_LIKE=debian\nHOME_URL=\"https://www.ubuntu.com/\"\nSUPPORT_URL=\"https://help.ubuntu.com/\"\nBUG_REPORT_URL=\"https://bugs.launchpad.net/ubuntu/\"\nPRIVACY_POLICY_URL=\"https://www.ubuntu.com/legal/terms-and-policies/privacy-policy\"\nUBUNTU_CODENAME=$C\n";
#[cfg(feature = "full")]
const UBUNTU_OLD: &str = "NAME=\"Ubuntu\"\nVERSION=\"$P$S\"\nID=ubuntu\nID_LIKE=debian\nPRETTY_NAME=\"Ubuntu $P\"\nVERSION_ID=\"$V\"\nHOME_URL=\"$W://www.ubuntu.com/\"\nSUPPORT_URL=\"$W://help.ubuntu.com/\"\nBUG_REPORT_URL=\"$W://bugs.launchpad.net/ubuntu/\"\n$X";
#[cfg(feature = "full")]
const UBUNTU_18: &str =
    "PRIVACY_POLICY_URL=\"https://www.ubuntu.com/legal/terms-and-policies/privacy-policy\"\n";
#[cfg(feature = "full")]
const GEN_ALPINE: &str = "%alpine¦/etc/os-release:=NAME=\"Alpine Linux\"\nID=alpine\nVERSION_ID=$P\nPRETTY_NAME=\"Alpine Linux v$V\"\nHOME_URL=\"https://alpinelinux.org/\"\nBUG_REPORT_URL=\"$B\"\n¦/etc/alpine-release:=$P\n¦/etc/issue:=Welcome to Alpine Linux $V\nKernel \\r on \\m (\\l)\n\n¦/etc/apk/repositories:=https://dl-cdn.alpinelinux.org/alpine/v$V/main\nhttps://dl-cdn.alpinelinux.org/alpine/v$V/community\n";
#[cfg(feature = "full")]
const GEN_CENTOS: &str = "%redhat¦/usr/bin/yum=exe¦/etc/centos-release:=CentOS release $P (Final)\n¦/etc/redhat-release->centos-release";
#[cfg(feature = "full")]
const GEN_REDHAT: &str = "%redhat¦/usr/bin/{dnf,yum,microdnf}=exe¦/etc/os-release->../usr/lib/os-release¦/usr/lib/os-release:=NAME=\"$T\"\nVERSION=\"$V$S\"\nID=$C\n$XVERSION_ID=\"$V\"\nPLATFORM_ID=\"platform:$W$N\"\nPRETTY_NAME=\"$T $V$S\"\nANSI_COLOR=\"0;$O\"\n¦/etc/$R-release:=$Q\n¦/etc/redhat-release->$R-release¦/etc/system-release->$R-release";
#[cfg(feature = "full")]
const GEN_AMAZON: &str = "%redhat¦/usr/bin/yum=exe¦/etc/os-release:=NAME=\"$T\"\nVERSION=\"$V\"\nID=\"amzn\"\nID_LIKE=\"$Xfedora\"\nVERSION_ID=\"$V\"\nPRETTY_NAME=\"$T $V\"\nANSI_COLOR=\"0;33\"\n¦/etc/system-release:=$T release $V\n";

/// Fills a generated set's placeholders (in the order given) and splits it into entries.
#[cfg(feature = "full")]
fn fill(template: &str, values: &[(&str, &str)]) -> Vec<String> {
    let mut text = template.to_string();
    for (key, value) in values {
        text = text.replace(key, value);
    }
    text.split('¦').map(str::to_string).collect()
}

/// File sets of releases that have no hand-written set: `debian-buster`, `ubuntu-focal`,
/// `alpine-3.19`, `centos-6`, `rocky-9.3`, `fedora-40`, `amazonlinux-2018`. Release facts come
/// from the release tables; the texts are those the releases ship.
#[cfg(feature = "full")]
pub(crate) fn gen_set(name: &str) -> Option<Vec<String>> {
    // `debian-buster+10.4`, `centos-7+7.6.1810`: a point release of a line, its release
    // files naming that point.
    if let Some((base, point)) = name.split_once('+') {
        let entries: Vec<String> = match set(base) {
            Some(s) => s.iter().map(|e| e.to_string()).collect(),
            None => gen_set(base)?,
        };
        let (kind, release) = base.split_once('-')?;
        let line = match kind {
            "debian" => super::families::debian_number(release)?,
            _ => release,
        };
        let Some(newest) = super::families::distro_full(kind, line) else {
            return Some(entries);
        };
        return Some(
            entries
                .into_iter()
                .map(|e| {
                    if e.contains("release") || e.contains("version") {
                        e.replace(&newest, point)
                    } else {
                        e
                    }
                })
                .collect(),
        );
    }
    let (kind, release) = name.split_once('-')?;
    let full = |family: &str, line: &str| {
        super::families::distro_full(family, line).unwrap_or_else(|| line.to_string())
    };
    Some(match kind {
        "debian" => {
            let n = super::families::debian_number(release)?;
            let old = n.len() == 1 && n < "9";
            let code = format!("VERSION_CODENAME={release}\n");
            // Trixie was still testing: no number yet.
            if n == "13" {
                return Some(fill(
                    GEN_DEBIAN,
                    &[
                        (
                            "PRETTY_NAME=\"Debian GNU/Linux $N ($C)\"",
                            "PRETTY_NAME=\"Debian GNU/Linux $C/sid\"",
                        ),
                        ("VERSION_ID=\"$N\"\nVERSION=\"$N ($C)\"\n", ""),
                        ("Debian GNU/Linux $N \\n", "Debian GNU/Linux $C/sid \\n"),
                        ("$P", "$C/sid"),
                        ("$K", &code),
                        ("$W", "https"),
                        ("$C", release),
                    ],
                ));
            }
            fill(
                GEN_DEBIAN,
                &[
                    ("$K", if n == "8" { "" } else { &code }),
                    ("$W", if old { "http" } else { "https" }),
                    ("$N", n),
                    ("$C", release),
                    ("$P", &full("debian", n)),
                ],
            )
        }
        "ubuntu" => {
            let (v, code, title, point) = ubuntu_release(release)?;
            let p = if point.is_empty() {
                v.to_string()
            } else {
                format!("{v}.{point} LTS")
            };
            let title = title.replace('_', " ");
            let major = v.get(0..2)?;
            let extra = format!("VERSION_CODENAME={code}\nUBUNTU_CODENAME={code}\n");
            let os = if major >= "22" {
                UBUNTU_NEW.to_string()
            } else {
                let x = match major {
                    "18" | "19" | "20" | "21" => format!("{UBUNTU_18}{extra}"),
                    "16" | "17" => extra,
                    _ => String::new(),
                };
                let s = if major >= "16" { " ($T)" } else { ", $T" };
                UBUNTU_OLD
                    .replace("$S", s)
                    .replace("$X", &x)
                    .replace("$W", if major >= "18" { "https" } else { "http" })
            };
            // The Debian release an Ubuntu release was cut from (`bullseye/sid` for focal).
            let debian = match major {
                "12" | "13" => "wheezy",
                "14" | "15" => "jessie",
                "16" | "17" => "stretch",
                "18" | "19" => "buster",
                "20" | "21" => "bullseye",
                "22" | "23" => "bookworm",
                _ => "trixie",
            };
            fill(
                GEN_UBUNTU,
                &[
                    ("$D", debian),
                    ("$O", &os),
                    ("$P", &p),
                    ("$V", v),
                    ("$C", code),
                    ("$T", &title),
                ],
            )
        }
        "alpine" => {
            let minor: String = release.split('.').take(2).collect::<Vec<_>>().join(".");
            // Alpine's bug tracker moved to GitLab with 3.13.
            let old_tracker = minor
                .split_once('.')
                .and_then(|(_, m)| m.parse::<u32>().ok())
                .is_some_and(|m| m < 13);
            fill(
                GEN_ALPINE,
                &[
                    (
                        "$B",
                        if old_tracker {
                            "https://bugs.alpinelinux.org/"
                        } else {
                            "https://gitlab.alpinelinux.org/alpine/aports/-/issues"
                        },
                    ),
                    (
                        "$P",
                        &if release.matches('.').count() >= 2 {
                            release.to_string()
                        } else {
                            full("alpine", &minor)
                        },
                    ),
                    ("$V", &minor),
                ],
            )
        }
        "centos" => fill(GEN_CENTOS, &[("$P", &full("centos", release))]),
        "rocky" | "fedora" => {
            let major = release.split('.').next()?;
            let rocky = kind == "rocky";
            let shown: String = if rocky {
                release.split('.').take(2).collect::<Vec<_>>().join(".")
            } else {
                major.to_string()
            };
            let tail = match (rocky, major) {
                (true, "8") => " (Green Obsidian)",
                (true, _) => " (Blue Onyx)",
                _ => " (Container Image)",
            };
            let (name, id, like, platform, color) = if rocky {
                (
                    "Rocky Linux",
                    "\"rocky\"",
                    "ID_LIKE=\"rhel centos fedora\"\n",
                    "el",
                    "32",
                )
            } else {
                ("Fedora Linux", "fedora", "", "f", "38;2;60;110;180")
            };
            // `/etc/rocky-release`, `/etc/fedora-release` (Fedora names each release).
            let release_line = if rocky {
                format!("Rocky Linux release {shown}{tail}")
            } else {
                format!("Fedora release {major} ({})", fedora_name(major))
            };
            fill(
                GEN_REDHAT,
                &[
                    ("$R", if rocky { "rocky" } else { "fedora" }),
                    ("$Q", &release_line),
                    ("$X", like),
                    ("$S", tail),
                    ("$T", name),
                    ("$C", id),
                    ("$V", &shown),
                    ("$W", platform),
                    ("$N", major),
                    ("$O", color),
                ],
            )
        }
        "amazonlinux" => {
            let ami = release.starts_with("2018");
            fill(
                GEN_AMAZON,
                &[
                    ("$X", if ami { "rhel " } else { "" }),
                    (
                        "$T",
                        if ami {
                            "Amazon Linux AMI"
                        } else {
                            "Amazon Linux"
                        },
                    ),
                    ("$V", if ami { "2018.03" } else { release }),
                ],
            )
        }
        _ => return None,
    })
}

/// The name Fedora gave a release (`Forty One`); 42 is `Adams`, 43 still `Rawhide`.
fn fedora_name(major: &str) -> String {
    const ONES: &str = "|One|Two|Three|Four|Five|Six|Seven|Eight|Nine";
    const TENS: &str = "||Twenty|Thirty|Forty";
    match major {
        "20" => return "Heisenbug".into(),
        "42" => return "Adams".into(),
        "43" => return "Rawhide".into(),
        _ => {}
    }
    let n: usize = major.parse().unwrap_or(0);
    let ten = TENS.split('|').nth(n / 10).unwrap_or("");
    match ONES.split('|').nth(n % 10).unwrap_or("") {
        "" => ten.to_string(),
        one => format!("{ten} {one}"),
    }
}
