//! A version behaves like that version (issue 13): `docker run --rm IMAGE COMMAND` prints what
//! that release of the image prints.
//!
//! Sources of the expected texts: the Dockerfiles of docker-library (python, mysql, redis, ...)
//! and nodejs/docker-node at the last commit of each release line (`ENV NODE_VERSION`,
//! `YARN_VERSION`, `PYTHON_VERSION`, `PYTHON_PIP_VERSION`, the pip that `ensurepip` bundles);
//! the Node.js release index (the npm each Node release bundles); the release files the
//! distributions ship (`/etc/os-release`, `/etc/debian_version`, `/etc/alpine-release`,
//! `/etc/centos-release`, `/etc/fedora-release`, `/etc/system-release`); the programs' own
//! version formats (`nginx -v` and `java -version` write to stderr, Python 2 writes
//! `--version` to stderr, bash 5.1 and later name `line 1` in `-c` errors).
//!
//! Expectation forms: plain text is the whole stdout (and stderr is empty); `!TEXT` is the whole
//! stderr (and stdout is empty); `~TEXT` is a substring of both streams together.

use dockling::runtime::Stream;
use dockling::session::{Session, SessionConfig};

/// `(image, command, expected, exit code)`.
type Row = (&'static str, &'static str, &'static str, i32);

const NOT_FOUND: &str = "~executable file not found in $PATH";

const NODE: &[Row] = &[
    ("node:0.10", "node --version", "v0.10.48\n", 0),
    ("node:0.10", "npm --version", "2.15.1\n", 0),
    ("node:0.10", "yarn --version", NOT_FOUND, 127),
    ("node:0.12", "node --version", "v0.12.18\n", 0),
    ("node:0.12", "npm --version", "2.15.11\n", 0),
    ("node:4", "node --version", "v4.9.1\n", 0),
    ("node:4", "npm --version", "2.15.11\n", 0),
    ("node:4", "yarn --version", "1.5.1\n", 0),
    ("node:6", "node --version", "v6.17.1\n", 0),
    ("node:6", "npm --version", "3.10.10\n", 0),
    ("node:6", "yarn --version", "1.15.2\n", 0),
    ("node:8", "node --version", "v8.17.0\n", 0),
    ("node:8", "npm --version", "6.13.4\n", 0),
    ("node:8", "yarn --version", "1.21.1\n", 0),
    ("node:9", "yarn --version", "1.5.1\n", 0),
    ("node:10", "node --version", "v10.24.1\n", 0),
    ("node:10", "npm --version", "6.14.12\n", 0),
    ("node:10", "yarn --version", "1.22.5\n", 0),
    ("node:11", "yarn --version", "1.15.2\n", 0),
    ("node:12", "node --version", "v12.22.12\n", 0),
    ("node:12", "npm --version", "6.14.16\n", 0),
    ("node:12", "yarn --version", "1.22.18\n", 0),
    ("node:13", "yarn --version", "1.22.4\n", 0),
    ("node:14", "node --version", "v14.21.3\n", 0),
    ("node:14", "npm --version", "6.14.18\n", 0),
    ("node:14", "yarn --version", "1.22.19\n", 0),
    ("node:14-alpine", "node --version", "v14.21.3\n", 0),
    ("node:15", "yarn --version", "1.22.5\n", 0),
    ("node:16", "node --version", "v16.20.2\n", 0),
    ("node:16", "npm --version", "8.19.4\n", 0),
    ("node:16", "yarn --version", "1.22.19\n", 0),
    ("node:17", "yarn --version", "1.22.19\n", 0),
    ("node:18", "node --version", "v18.20.8\n", 0),
    ("node:18", "npm --version", "10.8.2\n", 0),
    ("node:18", "yarn --version", "1.22.22\n", 0),
    ("node:18-alpine", "node --version", "v18.20.8\n", 0),
    ("node:18-alpine", "npm --version", "10.8.2\n", 0),
    ("node:18-alpine", "yarn --version", "1.22.22\n", 0),
    ("node:18.16.0", "node --version", "v18.16.0\n", 0),
    ("node:19", "yarn --version", "1.22.19\n", 0),
    ("node:20", "node --version", "v20.19.2\n", 0),
    ("node:20", "npm --version", "10.8.2\n", 0),
    ("node:20-slim", "node --version", "v20.19.2\n", 0),
    ("node:21", "yarn --version", "1.22.19\n", 0),
    ("node:22", "node --version", "v22.16.0\n", 0),
    ("node:22", "npm --version", "10.9.2\n", 0),
    ("node:14", "npx --version", "6.14.18\n", 0),
    (
        "node:8",
        "node -e \"console.log(process.version)\"",
        "v8.17.0\n",
        0,
    ),
    (
        "node:18-alpine",
        "node -p process.versions.node",
        "18.20.8\n",
        0,
    ),
    ("node:18", "npx --version", "10.8.2\n", 0),
    ("node:22-alpine", "yarn --version", "1.22.22\n", 0),
    ("node:lts", "node --version", "v22.16.0\n", 0),
    ("node:hydrogen", "node --version", "v18.20.8\n", 0),
    ("node:gallium", "node --version", "v16.20.2\n", 0),
    ("node:erbium", "node --version", "v12.22.12\n", 0),
    ("node:fermium-alpine", "node --version", "v14.21.3\n", 0),
];

const PYTHON: &[Row] = &[
    ("python:2.7", "python --version", "!Python 2.7.18\n", 0),
    ("python:2.7-slim", "python --version", "!Python 2.7.18\n", 0),
    // Python 2's print statement.
    ("python:2.7", "python -c \"print 'x'\"", "x\n", 0),
    (
        "python:2.7",
        "python -c \"import os; print 'a', 1\"",
        "a 1\n",
        0,
    ),
    (
        "python:2.7",
        "pip --version",
        "pip 20.0.2 from /usr/local/lib/python2.7/site-packages/pip (python 2.7)\n",
        0,
    ),
    ("python:3.4", "python --version", "Python 3.4.10\n", 0),
    (
        "python:3.4",
        "pip --version",
        "pip 19.0.3 from /usr/local/lib/python3.4/site-packages/pip (python 3.4)\n",
        0,
    ),
    ("python:3.5", "python --version", "Python 3.5.10\n", 0),
    (
        "python:3.5",
        "pip --version",
        "pip 20.2.3 from /usr/local/lib/python3.5/site-packages/pip (python 3.5)\n",
        0,
    ),
    ("python:3.6", "python --version", "Python 3.6.15\n", 0),
    (
        "python:3.6",
        "pip --version",
        "pip 21.2.4 from /usr/local/lib/python3.6/site-packages/pip (python 3.6)\n",
        0,
    ),
    ("python:3.7", "python --version", "Python 3.7.17\n", 0),
    (
        "python:3.7",
        "pip --version",
        "pip 23.0.1 from /usr/local/lib/python3.7/site-packages/pip (python 3.7)\n",
        0,
    ),
    ("python:3.8", "python --version", "Python 3.8.20\n", 0),
    (
        "python:3.8-slim-buster",
        "python --version",
        "Python 3.8.17\n",
        0,
    ),
    (
        "python:3.8-slim-buster",
        "pip --version",
        "pip 23.0.1 from /usr/local/lib/python3.8/site-packages/pip (python 3.8)\n",
        0,
    ),
    (
        "python:3.8-alpine",
        "python3 --version",
        "Python 3.8.20\n",
        0,
    ),
    ("python:3.9", "python --version", "Python 3.9.22\n", 0),
    (
        "python:3.9-slim",
        "pip --version",
        "pip 23.0.1 from /usr/local/lib/python3.9/site-packages/pip (python 3.9)\n",
        0,
    ),
    ("python:3.10", "python --version", "Python 3.10.17\n", 0),
    (
        "python:3.10",
        "pip --version",
        "pip 23.0.1 from /usr/local/lib/python3.10/site-packages/pip (python 3.10)\n",
        0,
    ),
    ("python:3.11", "python --version", "Python 3.11.12\n", 0),
    (
        "python:3.11",
        "pip --version",
        "pip 24.0 from /usr/local/lib/python3.11/site-packages/pip (python 3.11)\n",
        0,
    ),
    ("python:3.12", "python --version", "Python 3.12.10\n", 0),
    (
        "python:3.12-slim",
        "pip --version",
        "pip 25.0.1 from /usr/local/lib/python3.12/site-packages/pip (python 3.12)\n",
        0,
    ),
    ("python:3.13", "python --version", "Python 3.13.3\n", 0),
    (
        "python:3.13",
        "pip --version",
        "pip 25.0.1 from /usr/local/lib/python3.13/site-packages/pip (python 3.13)\n",
        0,
    ),
    ("python:3", "python3 --version", "Python 3.13.3\n", 0),
];

const UBUNTU_1404: &str = "NAME=\"Ubuntu\"\nVERSION=\"14.04.6 LTS, Trusty Tahr\"\nID=ubuntu\nID_LIKE=debian\nPRETTY_NAME=\"Ubuntu 14.04.6 LTS\"\nVERSION_ID=\"14.04\"\nHOME_URL=\"http://www.ubuntu.com/\"\nSUPPORT_URL=\"http://help.ubuntu.com/\"\nBUG_REPORT_URL=\"http://bugs.launchpad.net/ubuntu/\"\n";
const UBUNTU_1604: &str = "NAME=\"Ubuntu\"\nVERSION=\"16.04.7 LTS (Xenial Xerus)\"\nID=ubuntu\nID_LIKE=debian\nPRETTY_NAME=\"Ubuntu 16.04.7 LTS\"\nVERSION_ID=\"16.04\"\nHOME_URL=\"http://www.ubuntu.com/\"\nSUPPORT_URL=\"http://help.ubuntu.com/\"\nBUG_REPORT_URL=\"http://bugs.launchpad.net/ubuntu/\"\nVERSION_CODENAME=xenial\nUBUNTU_CODENAME=xenial\n";
const UBUNTU_1804: &str = "NAME=\"Ubuntu\"\nVERSION=\"18.04.6 LTS (Bionic Beaver)\"\nID=ubuntu\nID_LIKE=debian\nPRETTY_NAME=\"Ubuntu 18.04.6 LTS\"\nVERSION_ID=\"18.04\"\nHOME_URL=\"https://www.ubuntu.com/\"\nSUPPORT_URL=\"https://help.ubuntu.com/\"\nBUG_REPORT_URL=\"https://bugs.launchpad.net/ubuntu/\"\nPRIVACY_POLICY_URL=\"https://www.ubuntu.com/legal/terms-and-policies/privacy-policy\"\nVERSION_CODENAME=bionic\nUBUNTU_CODENAME=bionic\n";
const UBUNTU_2004: &str = "NAME=\"Ubuntu\"\nVERSION=\"20.04.6 LTS (Focal Fossa)\"\nID=ubuntu\nID_LIKE=debian\nPRETTY_NAME=\"Ubuntu 20.04.6 LTS\"\nVERSION_ID=\"20.04\"\nHOME_URL=\"https://www.ubuntu.com/\"\nSUPPORT_URL=\"https://help.ubuntu.com/\"\nBUG_REPORT_URL=\"https://bugs.launchpad.net/ubuntu/\"\nPRIVACY_POLICY_URL=\"https://www.ubuntu.com/legal/terms-and-policies/privacy-policy\"\nVERSION_CODENAME=focal\nUBUNTU_CODENAME=focal\n";
const UBUNTU_2204: &str = "PRETTY_NAME=\"Ubuntu 22.04.5 LTS\"\nNAME=\"Ubuntu\"\nVERSION_ID=\"22.04\"\nVERSION=\"22.04.5 LTS (Jammy Jellyfish)\"\nVERSION_CODENAME=jammy\nID=ubuntu\nID_LIKE=debian\nHOME_URL=\"https://www.ubuntu.com/\"\nSUPPORT_URL=\"https://help.ubuntu.com/\"\nBUG_REPORT_URL=\"https://bugs.launchpad.net/ubuntu/\"\nPRIVACY_POLICY_URL=\"https://www.ubuntu.com/legal/terms-and-policies/privacy-policy\"\nUBUNTU_CODENAME=jammy\n";
const UBUNTU_2404: &str = "PRETTY_NAME=\"Ubuntu 24.04.2 LTS\"\nNAME=\"Ubuntu\"\nVERSION_ID=\"24.04\"\nVERSION=\"24.04.2 LTS (Noble Numbat)\"\nVERSION_CODENAME=noble\nID=ubuntu\nID_LIKE=debian\nHOME_URL=\"https://www.ubuntu.com/\"\nSUPPORT_URL=\"https://help.ubuntu.com/\"\nBUG_REPORT_URL=\"https://bugs.launchpad.net/ubuntu/\"\nPRIVACY_POLICY_URL=\"https://www.ubuntu.com/legal/terms-and-policies/privacy-policy\"\nUBUNTU_CODENAME=noble\nLOGO=ubuntu-logo\n";
const DEBIAN_8: &str = "PRETTY_NAME=\"Debian GNU/Linux 8 (jessie)\"\nNAME=\"Debian GNU/Linux\"\nVERSION_ID=\"8\"\nVERSION=\"8 (jessie)\"\nID=debian\nHOME_URL=\"http://www.debian.org/\"\nSUPPORT_URL=\"http://www.debian.org/support\"\nBUG_REPORT_URL=\"https://bugs.debian.org/\"\n";
const DEBIAN_9: &str = "PRETTY_NAME=\"Debian GNU/Linux 9 (stretch)\"\nNAME=\"Debian GNU/Linux\"\nVERSION_ID=\"9\"\nVERSION=\"9 (stretch)\"\nVERSION_CODENAME=stretch\nID=debian\nHOME_URL=\"https://www.debian.org/\"\nSUPPORT_URL=\"https://www.debian.org/support\"\nBUG_REPORT_URL=\"https://bugs.debian.org/\"\n";
const DEBIAN_10: &str = "PRETTY_NAME=\"Debian GNU/Linux 10 (buster)\"\nNAME=\"Debian GNU/Linux\"\nVERSION_ID=\"10\"\nVERSION=\"10 (buster)\"\nVERSION_CODENAME=buster\nID=debian\nHOME_URL=\"https://www.debian.org/\"\nSUPPORT_URL=\"https://www.debian.org/support\"\nBUG_REPORT_URL=\"https://bugs.debian.org/\"\n";
const DEBIAN_11: &str = "PRETTY_NAME=\"Debian GNU/Linux 11 (bullseye)\"\nNAME=\"Debian GNU/Linux\"\nVERSION_ID=\"11\"\nVERSION=\"11 (bullseye)\"\nVERSION_CODENAME=bullseye\nID=debian\nHOME_URL=\"https://www.debian.org/\"\nSUPPORT_URL=\"https://www.debian.org/support\"\nBUG_REPORT_URL=\"https://bugs.debian.org/\"\n";
const DEBIAN_12: &str = "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian GNU/Linux\"\nVERSION_ID=\"12\"\nVERSION=\"12 (bookworm)\"\nVERSION_CODENAME=bookworm\nID=debian\nHOME_URL=\"https://www.debian.org/\"\nSUPPORT_URL=\"https://www.debian.org/support\"\nBUG_REPORT_URL=\"https://bugs.debian.org/\"\n";
/// Trixie was testing at the time: no number yet.
const DEBIAN_TRIXIE: &str = "PRETTY_NAME=\"Debian GNU/Linux trixie/sid\"\nNAME=\"Debian GNU/Linux\"\nVERSION_CODENAME=trixie\nID=debian\nHOME_URL=\"https://www.debian.org/\"\nSUPPORT_URL=\"https://www.debian.org/support\"\nBUG_REPORT_URL=\"https://bugs.debian.org/\"\n";
const ALPINE_319: &str = "NAME=\"Alpine Linux\"\nID=alpine\nVERSION_ID=3.19.7\nPRETTY_NAME=\"Alpine Linux v3.19\"\nHOME_URL=\"https://alpinelinux.org/\"\nBUG_REPORT_URL=\"https://gitlab.alpinelinux.org/alpine/aports/-/issues\"\n";
const ALPINE_3184: &str = "NAME=\"Alpine Linux\"\nID=alpine\nVERSION_ID=3.18.4\nPRETTY_NAME=\"Alpine Linux v3.18\"\nHOME_URL=\"https://alpinelinux.org/\"\nBUG_REPORT_URL=\"https://gitlab.alpinelinux.org/alpine/aports/-/issues\"\n";
const ALPINE_312: &str = "NAME=\"Alpine Linux\"\nID=alpine\nVERSION_ID=3.12.12\nPRETTY_NAME=\"Alpine Linux v3.12\"\nHOME_URL=\"https://alpinelinux.org/\"\nBUG_REPORT_URL=\"https://bugs.alpinelinux.org/\"\n";

const DISTROS: &[Row] = &[
    ("ubuntu:14.04", "cat /etc/os-release", UBUNTU_1404, 0),
    ("ubuntu:trusty", "cat /etc/os-release", UBUNTU_1404, 0),
    ("ubuntu:16.04", "cat /etc/os-release", UBUNTU_1604, 0),
    ("ubuntu:18.04", "cat /etc/os-release", UBUNTU_1804, 0),
    ("ubuntu:bionic", "cat /etc/os-release", UBUNTU_1804, 0),
    ("ubuntu:20.04", "cat /etc/os-release", UBUNTU_2004, 0),
    ("ubuntu:focal", "cat /etc/os-release", UBUNTU_2004, 0),
    ("ubuntu:22.04", "cat /etc/os-release", UBUNTU_2204, 0),
    ("ubuntu:24.04", "cat /etc/os-release", UBUNTU_2404, 0),
    ("ubuntu:latest", "cat /etc/os-release", UBUNTU_2404, 0),
    ("ubuntu:18.04", "cat /etc/lsb-release", "DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=18.04\nDISTRIB_CODENAME=bionic\nDISTRIB_DESCRIPTION=\"Ubuntu 18.04.6 LTS\"\n", 0),
    ("ubuntu:20.04", "cat /etc/debian_version", "bullseye/sid\n", 0),
    ("ubuntu:18.04", "cat /etc/debian_version", "buster/sid\n", 0),
    ("ubuntu:16.04", "cat /etc/debian_version", "stretch/sid\n", 0),
    ("debian:jessie", "cat /etc/os-release", DEBIAN_8, 0),
    ("debian:8", "cat /etc/debian_version", "8.11\n", 0),
    ("debian:stretch", "cat /etc/os-release", DEBIAN_9, 0),
    ("debian:stretch", "cat /etc/debian_version", "9.13\n", 0),
    ("debian:buster", "cat /etc/os-release", DEBIAN_10, 0),
    ("debian:buster-slim", "cat /etc/os-release", DEBIAN_10, 0),
    ("debian:buster", "cat /etc/debian_version", "10.13\n", 0),
    ("debian:10.4", "cat /etc/debian_version", "10.4\n", 0),
    ("debian:bullseye", "cat /etc/os-release", DEBIAN_11, 0),
    ("debian:bullseye", "cat /etc/debian_version", "11.11\n", 0),
    ("debian:bookworm", "cat /etc/os-release", DEBIAN_12, 0),
    ("debian:bookworm-slim", "cat /etc/debian_version", "12.11\n", 0),
    ("debian:latest", "cat /etc/os-release", DEBIAN_12, 0),
    ("debian:trixie", "cat /etc/os-release", DEBIAN_TRIXIE, 0),
    ("debian:trixie", "cat /etc/debian_version", "trixie/sid\n", 0),
    ("centos:7", "cat /etc/centos-release", "CentOS Linux release 7.9.2009 (Core)\n", 0),
    ("centos:7.6.1810", "cat /etc/centos-release", "CentOS Linux release 7.6.1810 (Core)\n", 0),
    ("centos:centos7", "cat /etc/redhat-release", "CentOS Linux release 7.9.2009 (Core)\n", 0),
    ("centos:8", "cat /etc/centos-release", "CentOS Linux release 8.4.2105\n", 0),
    ("centos:6", "cat /etc/centos-release", "CentOS release 6.10 (Final)\n", 0),
    ("rockylinux:9", "cat /etc/rocky-release", "Rocky Linux release 9.3 (Blue Onyx)\n", 0),
    ("rockylinux:8", "cat /etc/rocky-release", "Rocky Linux release 8.9 (Green Obsidian)\n", 0),
    ("rockylinux:9", "cat /etc/redhat-release", "Rocky Linux release 9.3 (Blue Onyx)\n", 0),
    ("fedora:38", "cat /etc/fedora-release", "Fedora release 38 (Thirty Eight)\n", 0),
    ("fedora:39", "cat /etc/fedora-release", "Fedora release 39 (Thirty Nine)\n", 0),
    ("fedora:40", "cat /etc/fedora-release", "Fedora release 40 (Forty)\n", 0),
    ("fedora:41", "cat /etc/fedora-release", "Fedora release 41 (Forty One)\n", 0),
    ("fedora:42", "cat /etc/fedora-release", "Fedora release 42 (Adams)\n", 0),
    ("amazonlinux:2", "cat /etc/system-release", "Amazon Linux release 2 (Karoo)\n", 0),
    ("amazonlinux:2023", "cat /etc/system-release", "Amazon Linux release 2023.7.20250527 (Amazon Linux)\n", 0),
    ("alpine:3.19", "cat /etc/alpine-release", "3.19.7\n", 0),
    ("alpine:3.19", "cat /etc/os-release", ALPINE_319, 0),
    ("alpine:3.18.4", "cat /etc/alpine-release", "3.18.4\n", 0),
    ("alpine:3.18.4", "cat /etc/os-release", ALPINE_3184, 0),
    ("alpine:3.12", "cat /etc/os-release", ALPINE_312, 0),
    ("alpine:3.16", "cat /etc/alpine-release", "3.16.9\n", 0),
    ("alpine:3.20", "cat /etc/alpine-release", "3.20.6\n", 0),
    ("alpine:3.21", "cat /etc/alpine-release", "3.21.3\n", 0),
    ("alpine:3.22", "cat /etc/alpine-release", "3.22.0\n", 0),
    ("alpine:latest", "cat /etc/alpine-release", "3.22.0\n", 0),
];

/// Package managers and shells of each base.
const BASES: &[Row] = &[
    (
        "debian:bookworm",
        "apt-get --version",
        "~apt 2.6.1 (amd64)\n",
        0,
    ),
    (
        "debian:bullseye",
        "apt-get --version",
        "~apt 2.2.4 (amd64)\n",
        0,
    ),
    (
        "debian:buster",
        "apt-get --version",
        "~apt 1.8.2.3 (amd64)\n",
        0,
    ),
    (
        "debian:stretch",
        "apt-get --version",
        "~apt 1.4.11 (amd64)\n",
        0,
    ),
    (
        "ubuntu:18.04",
        "apt-get --version",
        "~apt 1.6.17 (amd64)\n",
        0,
    ),
    (
        "ubuntu:20.04",
        "apt-get --version",
        "~apt 2.0.10 (amd64)\n",
        0,
    ),
    (
        "ubuntu:16.04",
        "apt-get --version",
        "~apt 1.2.35 (amd64)\n",
        0,
    ),
    (
        "alpine:3.22",
        "apk --version",
        "~apk-tools 2.14.9, compiled for x86_64.\n",
        0,
    ),
    (
        "alpine:3.21",
        "apk --version",
        "~apk-tools 2.14.6, compiled for x86_64.\n",
        0,
    ),
    ("alpine:3.12", "apk --version", "~apk-tools 2.10.", 0),
    ("alpine", "sh -c missing", "!sh: missing: not found\n", 127),
    (
        "alpine:3.12",
        "sh -c missing",
        "!sh: missing: not found\n",
        127,
    ),
    ("busybox", "sh -c missing", "!sh: missing: not found\n", 127),
    (
        "busybox:1.36",
        "sh -c missing",
        "!sh: missing: not found\n",
        127,
    ),
    ("busybox:1.31.1", "ls /bin/sh", "/bin/sh\n", 0),
    ("busybox", "bash", NOT_FOUND, 127),
    ("alpine", "bash", NOT_FOUND, 127),
    ("busybox", "apk --version", NOT_FOUND, 127),
    (
        "debian:bookworm",
        "sh -c missing",
        "!sh: 1: missing: not found\n",
        127,
    ),
    (
        "ubuntu:18.04",
        "sh -c missing",
        "!sh: 1: missing: not found\n",
        127,
    ),
    (
        "debian:bookworm",
        "bash -c missing",
        "!bash: line 1: missing: command not found\n",
        127,
    ),
    (
        "ubuntu:22.04",
        "bash -c missing",
        "!bash: line 1: missing: command not found\n",
        127,
    ),
    (
        "debian:buster",
        "bash -c missing",
        "!bash: missing: command not found\n",
        127,
    ),
    (
        "ubuntu:18.04",
        "bash -c missing",
        "!bash: missing: command not found\n",
        127,
    ),
    (
        "ubuntu:20.04",
        "bash -c missing",
        "!bash: missing: command not found\n",
        127,
    ),
    (
        "centos:7",
        "sh -c missing",
        "!sh: missing: command not found\n",
        127,
    ),
    (
        "amazonlinux:2",
        "sh -c missing",
        "!sh: missing: command not found\n",
        127,
    ),
    (
        "rockylinux:8",
        "sh -c missing",
        "!sh: missing: command not found\n",
        127,
    ),
    (
        "rockylinux:9",
        "sh -c missing",
        "!sh: line 1: missing: command not found\n",
        127,
    ),
    (
        "fedora:40",
        "sh -c missing",
        "!sh: line 1: missing: command not found\n",
        127,
    ),
    (
        "amazonlinux:2023",
        "sh -c missing",
        "!sh: line 1: missing: command not found\n",
        127,
    ),
    // yum 3 on the el6/el7 generation and Amazon Linux 2; dnf 4 (and `yum`, its alias) from
    // CentOS 8 on, at the version each release shipped; dnf5 from Fedora 41; microdnf 3 on the
    // slim Oracle Linux base of mysql.
    ("centos:6", "yum --version", "~3.4.3\n", 0),
    ("centos:7", "yum --version", "~3.4.3\n", 0),
    ("amazonlinux:2", "yum --version", "~3.4.3\n", 0),
    ("centos:8", "yum --version", "~4.4.2\n", 0),
    ("centos:8", "dnf --version", "~4.4.2\n", 0),
    ("rockylinux:8", "dnf --version", "~4.7.0\n", 0),
    ("rockylinux:9", "dnf --version", "~4.14.0\n", 0),
    ("rockylinux:9", "yum --version", "~4.14.0\n", 0),
    ("fedora:39", "dnf --version", "~4.18.0\n", 0),
    ("fedora:40", "dnf --version", "~4.19.0\n", 0),
    ("fedora:41", "dnf --version", "~dnf5 version 5.2.6.2\n", 0),
    ("amazonlinux:2023", "dnf --version", "~4.14.0\n", 0),
    (
        "mysql:8.4",
        "microdnf --version",
        "~microdnf version 3.9.1\n",
        0,
    ),
    ("centos:7", "dnf --version", NOT_FOUND, 127),
    ("amazonlinux:2", "dnf --version", NOT_FOUND, 127),
    ("centos:7", "ls /usr/bin/yum", "/usr/bin/yum\n", 0),
    ("fedora:40", "ls /usr/bin/dnf", "/usr/bin/dnf\n", 0),
    ("rockylinux:9", "ls /usr/bin/dnf", "/usr/bin/dnf\n", 0),
    ("amazonlinux:2", "ls /usr/bin/yum", "/usr/bin/yum\n", 0),
    ("ubuntu:22.04", "apk --version", NOT_FOUND, 127),
    ("alpine", "apt-get --version", NOT_FOUND, 127),
];

/// The Debian release each image line was last built on.
const BASES_OF_IMAGES: &[Row] = &[
    (
        "php:5.6",
        "cat /etc/os-release",
        "~PRETTY_NAME=\"Debian GNU/Linux 9 (stretch)\"",
        0,
    ),
    (
        "php:7.4",
        "cat /etc/os-release",
        "~PRETTY_NAME=\"Debian GNU/Linux 11 (bullseye)\"",
        0,
    ),
    (
        "php:8.4-apache",
        "cat /etc/os-release",
        "~PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"",
        0,
    ),
    (
        "nginx:1.14",
        "cat /etc/os-release",
        "~PRETTY_NAME=\"Debian GNU/Linux 9 (stretch)\"",
        0,
    ),
    (
        "httpd:2.2",
        "cat /etc/os-release",
        "~PRETTY_NAME=\"Debian GNU/Linux 8 (jessie)\"",
        0,
    ),
    (
        "node:14",
        "cat /etc/os-release",
        "~PRETTY_NAME=\"Debian GNU/Linux 10 (buster)\"",
        0,
    ),
    ("node:10", "cat /etc/debian_version", "~9.", 0),
    (
        "python:2.7",
        "cat /etc/os-release",
        "~PRETTY_NAME=\"Debian GNU/Linux 10 (buster)\"",
        0,
    ),
    (
        "python:3.8-slim-buster",
        "cat /etc/debian_version",
        "~10.",
        0,
    ),
    (
        "openjdk:8",
        "cat /etc/os-release",
        "~PRETTY_NAME=\"Debian GNU/Linux 11 (bullseye)\"",
        0,
    ),
    (
        "golang:1.15",
        "cat /etc/os-release",
        "~PRETTY_NAME=\"Debian GNU/Linux 10 (buster)\"",
        0,
    ),
    (
        "redis:5",
        "cat /etc/os-release",
        "~PRETTY_NAME=\"Debian GNU/Linux 11 (bullseye)\"",
        0,
    ),
    ("node:18-alpine", "cat /etc/alpine-release", "3.21.3\n", 0),
    // Alpine tags built within weeks of an Alpine release are on it, and on the patch release
    // of their build's day (nginx 1.23.0 of June 2022: Alpine 3.16.0 of May 23).
    (
        "nginx:1.23.0-alpine",
        "cat /etc/alpine-release",
        "3.16.0\n",
        0,
    ),
    (
        "nginx:1.21.6-alpine",
        "cat /etc/alpine-release",
        "~3.15.",
        0,
    ),
    (
        "nginx:1.25.3-alpine",
        "cat /etc/alpine-release",
        "~3.18.",
        0,
    ),
    ("node:18.4.0-alpine", "cat /etc/alpine-release", "~3.16.", 0),
    (
        "python:3.10.5-alpine",
        "cat /etc/alpine-release",
        "~3.16.",
        0,
    ),
    // The patch release out at the line's last build (Alpine's patch dates are interpolated).
    ("python:3.8-alpine", "cat /etc/alpine-release", "~3.20.", 0),
    (
        "mysql:5.7",
        "cat /etc/os-release",
        "~PRETTY_NAME=\"Oracle Linux Server 7.9\"",
        0,
    ),
    (
        "mysql:5.7",
        "cat /etc/oracle-release",
        "Oracle Linux Server release 7.9\n",
        0,
    ),
    (
        "mysql:8.0",
        "cat /etc/os-release",
        "~PRETTY_NAME=\"Oracle Linux Server 9.5\"",
        0,
    ),
];

const SERVERS: &[Row] = &[
    (
        "nginx:1.23.0",
        "nginx -v",
        "~nginx version: nginx/1.23.0\n",
        0,
    ),
    (
        "nginx:1.19",
        "nginx -v",
        "~nginx version: nginx/1.19.10\n",
        0,
    ),
    (
        "nginx:1.14",
        "nginx -v",
        "~nginx version: nginx/1.14.2\n",
        0,
    ),
    (
        "nginx:1.25-alpine",
        "nginx -v",
        "~nginx version: nginx/1.25.5\n",
        0,
    ),
    (
        "nginx:stable",
        "nginx -v",
        "~nginx version: nginx/1.28.0\n",
        0,
    ),
    (
        "nginx:mainline",
        "nginx -v",
        "~nginx version: nginx/1.27.5\n",
        0,
    ),
    (
        "nginx:latest",
        "nginx -v",
        "~nginx version: nginx/1.27.5\n",
        0,
    ),
    (
        "httpd:2.4",
        "httpd -v",
        "~Server version: Apache/2.4.63 (Unix)\n",
        0,
    ),
    (
        "httpd:2.4.54",
        "httpd -v",
        "~Server version: Apache/2.4.54 (Unix)\n",
        0,
    ),
    (
        "httpd:2.2",
        "httpd -v",
        "~Server version: Apache/2.2.34 (Unix)\n",
        0,
    ),
    (
        "mysql:5.7",
        "--version",
        "mysqld  Ver 5.7.44 for Linux on x86_64 (MySQL Community Server (GPL))\n",
        0,
    ),
    (
        "mysql:5.7",
        "mysqld --version",
        "mysqld  Ver 5.7.44 for Linux on x86_64 (MySQL Community Server (GPL))\n",
        0,
    ),
    (
        "mysql:5.7",
        "mysql --version",
        "mysql  Ver 14.14 Distrib 5.7.44, for Linux (x86_64) using  EditLine wrapper\n",
        0,
    ),
    (
        "mysql:5.6",
        "mysqld --version",
        "mysqld  Ver 5.6.51 for Linux on x86_64 (MySQL Community Server (GPL))\n",
        0,
    ),
    (
        "mysql:8.0",
        "--version",
        "/usr/sbin/mysqld  Ver 8.0.42 for Linux on x86_64 (MySQL Community Server - GPL)\n",
        0,
    ),
    (
        "mysql:8.0",
        "mysql --version",
        "mysql  Ver 8.0.42 for Linux on x86_64 (MySQL Community Server - GPL)\n",
        0,
    ),
    (
        "mysql:8.4",
        "mysqld --version",
        "/usr/sbin/mysqld  Ver 8.4.5 for Linux on x86_64 (MySQL Community Server - GPL)\n",
        0,
    ),
    (
        "mysql:8",
        "mysqld --version",
        "/usr/sbin/mysqld  Ver 8.4.5 for Linux on x86_64 (MySQL Community Server - GPL)\n",
        0,
    ),
    (
        "mariadb:10.6",
        "mariadb --version",
        "~Ver 15.1 Distrib 10.6.22-MariaDB, for debian-linux-gnu (x86_64)",
        0,
    ),
    (
        "mariadb:10.11",
        "mariadb --version",
        "~Ver 15.1 Distrib 10.11.13-MariaDB, for debian-linux-gnu (x86_64)",
        0,
    ),
    (
        "mariadb:10.5",
        "mysql --version",
        "~Ver 15.1 Distrib 10.5.29-MariaDB, for debian-linux-gnu (x86_64)",
        0,
    ),
    (
        "mariadb:11.4",
        "mariadb --version",
        "~from 11.4.7-MariaDB, client 15.2 for debian-linux-gnu (x86_64)",
        0,
    ),
    (
        "redis:2.8",
        "redis-server --version",
        "~Redis server v=2.8.23 sha=00000000:0 malloc=jemalloc-3.6.0 bits=64",
        0,
    ),
    (
        "redis:3.2",
        "redis-server --version",
        "~Redis server v=3.2.12 sha=00000000:0 malloc=jemalloc-4.0.3 bits=64",
        0,
    ),
    (
        "redis:4",
        "redis-server --version",
        "~Redis server v=4.0.14 sha=00000000:0 malloc=jemalloc-4.0.3 bits=64",
        0,
    ),
    (
        "redis:5",
        "redis-server --version",
        "~Redis server v=5.0.14 sha=00000000:0 malloc=jemalloc-5.1.0 bits=64",
        0,
    ),
    (
        "redis:6",
        "redis-server --version",
        "~Redis server v=6.2.18 sha=00000000:0 malloc=jemalloc-5.1.0 bits=64",
        0,
    ),
    (
        "redis:6.0",
        "redis-server --version",
        "~Redis server v=6.0.20 sha=00000000:0 malloc=jemalloc-5.1.0 bits=64",
        0,
    ),
    (
        "redis:7",
        "redis-server --version",
        "~Redis server v=7.4.4 sha=00000000:0 malloc=jemalloc-5.3.0 bits=64",
        0,
    ),
    (
        "redis:7.0",
        "redis-server --version",
        "~Redis server v=7.0.15 sha=00000000:0 malloc=jemalloc-5.2.1 bits=64",
        0,
    ),
    (
        "redis:7.2-alpine",
        "redis-server --version",
        "~Redis server v=7.2.9 sha=00000000:0 malloc=jemalloc-5.3.0 bits=64",
        0,
    ),
    (
        "redis:8",
        "redis-server --version",
        "~Redis server v=8.0.2 sha=00000000:0 malloc=jemalloc-5.3.0 bits=64",
        0,
    ),
    ("redis:5", "redis-cli --version", "redis-cli 5.0.14\n", 0),
    ("redis:7", "redis-cli --version", "redis-cli 7.4.4\n", 0),
    (
        "postgres:9.6",
        "postgres --version",
        "~postgres (PostgreSQL) 9.6.24",
        0,
    ),
    (
        "postgres:12",
        "postgres --version",
        "~postgres (PostgreSQL) 12.22",
        0,
    ),
    (
        "postgres:13",
        "postgres --version",
        "~postgres (PostgreSQL) 13.21",
        0,
    ),
    (
        "postgres:14-alpine",
        "postgres --version",
        "postgres (PostgreSQL) 14.18\n",
        0,
    ),
    (
        "postgres:16",
        "postgres --version",
        "~postgres (PostgreSQL) 16.9",
        0,
    ),
    (
        "postgres:17",
        "postgres --version",
        "~postgres (PostgreSQL) 17.5",
        0,
    ),
    (
        "postgres:13",
        "psql --version",
        "~psql (PostgreSQL) 13.21",
        0,
    ),
    ("mongo:3.6", "mongod --version", "~db version v3.6.23\n", 0),
    ("mongo:4.4", "mongod --version", "~db version v4.4.29\n", 0),
    ("mongo:5", "mongod --version", "~db version v5.0.31\n", 0),
    ("mongo:6", "mongod --version", "~db version v6.0.23\n", 0),
    ("mongo:7", "mongod --version", "~db version v7.0.20\n", 0),
    ("mongo:8", "mongod --version", "~db version v8.0.10\n", 0),
    (
        "mongo:4.4",
        "mongo --version",
        "~MongoDB shell version v4.4.29\n",
        0,
    ),
    ("mongo:4.4", "mongosh --version", NOT_FOUND, 127),
    (
        "mongo:5",
        "mongo --version",
        "~MongoDB shell version v5.0.31\n",
        0,
    ),
    ("mongo:6", "mongo --version", NOT_FOUND, 127),
    ("mongo:7", "mongosh --version", "~2.", 0),
];

const OPENJDK_8: &str = "!openjdk version \"1.8.0_342\"\nOpenJDK Runtime Environment (build 1.8.0_342-b07)\nOpenJDK 64-Bit Server VM (build 25.342-b07, mixed mode)\n";
const OPENJDK_11: &str = "!openjdk version \"11.0.16\" 2022-07-19\nOpenJDK Runtime Environment 18.9 (build 11.0.16+8)\nOpenJDK 64-Bit Server VM 18.9 (build 11.0.16+8, mixed mode, sharing)\n";
const OPENJDK_17: &str = "!openjdk version \"17.0.2\" 2022-01-18\nOpenJDK Runtime Environment (build 17.0.2+8-86)\nOpenJDK 64-Bit Server VM (build 17.0.2+8-86, mixed mode, sharing)\n";
const TEMURIN_8: &str = "!openjdk version \"1.8.0_452\"\nOpenJDK Runtime Environment (Temurin)(build 1.8.0_452-b09)\nOpenJDK 64-Bit Server VM (Temurin)(build 25.452-b09, mixed mode)\n";
const TEMURIN_11: &str = "!openjdk version \"11.0.27\" 2025-04-15\nOpenJDK Runtime Environment Temurin-11.0.27+6 (build 11.0.27+6)\nOpenJDK 64-Bit Server VM Temurin-11.0.27+6 (build 11.0.27+6, mixed mode, sharing)\n";
const TEMURIN_17: &str = "!openjdk version \"17.0.15\" 2025-04-15\nOpenJDK Runtime Environment Temurin-17.0.15+6 (build 17.0.15+6)\nOpenJDK 64-Bit Server VM Temurin-17.0.15+6 (build 17.0.15+6, mixed mode, sharing)\n";
const TEMURIN_21: &str = "!openjdk version \"21.0.7\" 2025-04-15 LTS\nOpenJDK Runtime Environment Temurin-21.0.7+6 (build 21.0.7+6-LTS)\nOpenJDK 64-Bit Server VM Temurin-21.0.7+6 (build 21.0.7+6-LTS, mixed mode, sharing)\n";
const CORRETTO_17: &str = "!openjdk version \"17.0.15\" 2025-04-15 LTS\nOpenJDK Runtime Environment Corretto-17.0.15.6.1 (build 17.0.15+6-LTS)\nOpenJDK 64-Bit Server VM Corretto-17.0.15.6.1 (build 17.0.15+6-LTS, mixed mode, sharing)\n";

const CORRETTO_21: &str = "!openjdk version \"21.0.7\" 2025-04-15 LTS\nOpenJDK Runtime Environment Corretto-21.0.7.6.1 (build 21.0.7+6-LTS)\nOpenJDK 64-Bit Server VM Corretto-21.0.7.6.1 (build 21.0.7+6-LTS, mixed mode, sharing)\n";
const CORRETTO_8: &str = "!openjdk version \"1.8.0_452\"\nOpenJDK Runtime Environment Corretto-8.452.09.1 (build 1.8.0_452-b09)\nOpenJDK 64-Bit Server VM Corretto-8.452.09.1 (build 25.452-b09, mixed mode)\n";

const LANGUAGES: &[Row] = &[
    ("openjdk:8", "java -version", OPENJDK_8, 0),
    ("openjdk:8-jre", "java -version", OPENJDK_8, 0),
    ("openjdk:11", "java -version", OPENJDK_11, 0),
    ("openjdk:17", "java -version", OPENJDK_17, 0),
    ("openjdk:17-jdk-slim", "java -version", OPENJDK_17, 0),
    ("eclipse-temurin:8", "java -version", TEMURIN_8, 0),
    ("eclipse-temurin:11", "java -version", TEMURIN_11, 0),
    ("eclipse-temurin:17", "java -version", TEMURIN_17, 0),
    (
        "eclipse-temurin:17-jdk-alpine",
        "java -version",
        TEMURIN_17,
        0,
    ),
    ("eclipse-temurin:21", "java -version", TEMURIN_21, 0),
    ("amazoncorretto:17", "java -version", CORRETTO_17, 0),
    ("amazoncorretto:21", "java -version", CORRETTO_21, 0),
    ("amazoncorretto:8", "java -version", CORRETTO_8, 0),
    (
        "golang:1.15",
        "go version",
        "go version go1.15.15 linux/amd64\n",
        0,
    ),
    (
        "golang:1.19",
        "go version",
        "go version go1.19.13 linux/amd64\n",
        0,
    ),
    (
        "golang:1.21-alpine",
        "go version",
        "go version go1.21.13 linux/amd64\n",
        0,
    ),
    (
        "golang:1.22",
        "go version",
        "go version go1.22.12 linux/amd64\n",
        0,
    ),
    (
        "golang:1.23",
        "go version",
        "go version go1.23.9 linux/amd64\n",
        0,
    ),
    (
        "golang:1.24",
        "go version",
        "go version go1.24.3 linux/amd64\n",
        0,
    ),
    (
        "golang:latest",
        "go version",
        "go version go1.24.3 linux/amd64\n",
        0,
    ),
    ("php:5.6", "php -v", "~PHP 5.6.40 (cli) (built: ", 0),
    ("php:7.2-apache", "php -v", "~PHP 7.2.34 (cli) (built: ", 0),
    ("php:7.4", "php -v", "~PHP 7.4.33 (cli) (built: ", 0),
    ("php:8.0", "php -v", "~PHP 8.0.30 (cli) (built: ", 0),
    ("php:8.1-fpm", "php -v", "~PHP 8.1.32 (cli) (built: ", 0),
    ("php:8.2", "php -v", "~PHP 8.2.28 (cli) (built: ", 0),
    ("php:8.3", "php -v", "~PHP 8.3.21 (cli) (built: ", 0),
    ("php:8.4", "php -v", "~PHP 8.4.7 (cli) (built: ", 0),
];

/// Runs every row in one session; the list of wrong rows.
fn check(rows: &[Row]) -> Vec<String> {
    let mut session = Session::new(SessionConfig::default());
    let mut wrong = Vec::new();
    for &(image, command, want, code) in rows {
        // Pulled first: `docker run` reports its own pull on stderr.
        let pull = session.run(&format!("docker pull -q {image}"));
        if pull.status != 0 {
            wrong.push(format!("{image}: {}", pull.output.text()));
            continue;
        }
        let result = session.run(&format!("docker run --rm {image} {command}"));
        let out = result.output.stream(Stream::Stdout);
        let err = result.output.stream(Stream::Stderr);
        let ok = if let Some(part) = want.strip_prefix('~') {
            result.output.text().contains(part)
        } else if let Some(text) = want.strip_prefix('!') {
            out.is_empty() && err == text
        } else {
            err.is_empty() && out == want
        };
        if !ok || result.status != code {
            wrong.push(format!(
                "{image} {command}: exit {} (want {code})\n  stdout {out:?}\n  stderr {err:?}\n  want   {want:?}",
                result.status
            ));
        }
    }
    wrong
}

fn assert_rows(rows: &[Row]) {
    let wrong = check(rows);
    assert!(
        wrong.is_empty(),
        "{} of {} wrong:\n{}",
        wrong.len(),
        rows.len(),
        wrong.join("\n")
    );
}

#[test]
fn node_lines() {
    assert_rows(NODE);
}

#[test]
fn python_lines() {
    assert_rows(PYTHON);
}

#[test]
fn distribution_release_files() {
    assert_rows(DISTROS);
}

#[test]
fn package_managers_and_shells() {
    assert_rows(BASES);
}

#[test]
fn bases_of_images() {
    assert_rows(BASES_OF_IMAGES);
}

#[test]
fn servers_and_databases() {
    assert_rows(SERVERS);
}

#[test]
fn languages() {
    assert_rows(LANGUAGES);
}

#[test]
fn the_table_is_large() {
    let n = [
        NODE,
        PYTHON,
        DISTROS,
        BASES,
        BASES_OF_IMAGES,
        SERVERS,
        LANGUAGES,
    ]
    .iter()
    .map(|rows| rows.len())
    .sum::<usize>();
    assert!(n >= 200, "{n} rows");
}

/// What `docker logs` shows of a MySQL server started with a root password.
fn mysql_log(image: &str) -> String {
    let mut session = Session::new(SessionConfig::default());
    let run = session.run(&format!(
        "docker run -d --name db -e MYSQL_ROOT_PASSWORD=x {image}"
    ));
    assert_eq!(run.status, 0, "{}", run.output.text());
    session.run("sleep 30");
    session.run("docker logs db").output.text()
}

#[test]
fn mysql_57_logs_in_its_own_format() {
    let log = mysql_log("mysql:5.7");
    for part in [
        "[Note] [Entrypoint]: Entrypoint script for MySQL Server 5.7.44-1.el7 started.",
        " 0 [Note] mysqld (mysqld 5.7.44) starting as process ",
        "[Note] mysqld: ready for connections.\nVersion: '5.7.44'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)\n",
    ] {
        assert!(log.contains(part), "{part:?} not in\n{log}");
    }
    for absent in ["[System]", "[MY-", "caching_sha2_password"] {
        assert!(!log.contains(absent), "{absent:?} in\n{log}");
    }
}

#[test]
fn mysql_80_logs_in_its_own_format() {
    let log = mysql_log("mysql:8.0");
    for part in [
        "[Note] [Entrypoint]: Entrypoint script for MySQL Server 8.0.42-1.el9 started.",
        " [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.0.42) starting as process ",
        " [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.42'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.\n",
    ] {
        assert!(log.contains(part), "{part:?} not in\n{log}");
    }
}

#[test]
fn mysql_default_authentication_follows_the_version() {
    for (image, plugin) in [
        ("mysql:5.7", "mysql_native_password"),
        ("mysql:8.0", "caching_sha2_password"),
    ] {
        let mut session = Session::new(SessionConfig::default());
        session.run(&format!(
            "docker run -d --name db -e MYSQL_ROOT_PASSWORD=x {image}"
        ));
        session.run("sleep 30");
        let r = session.run(
            "docker exec db mysql -uroot -px -N -e \"SELECT plugin FROM mysql.user WHERE user='root' AND host='%'\"",
        );
        assert!(
            r.output.stream(Stream::Stdout).contains(plugin),
            "{image}: {}",
            r.output.text()
        );
    }
}

#[test]
fn redis_reports_its_version_in_info() {
    for (image, version) in [
        ("redis:5", "5.0.14"),
        ("redis:7", "7.4.4"),
        ("redis:2.8", "2.8.23"),
    ] {
        let mut session = Session::new(SessionConfig::default());
        session.run(&format!("docker run -d --name rd {image}"));
        let info = session.run("docker exec rd redis-cli INFO server");
        let text = info.output.text();
        assert!(
            text.lines()
                .any(|l| l.trim_end() == format!("redis_version:{version}")),
            "{image}: {}",
            info.output.text()
        );
        let log = session.run("docker logs rd").output.text();
        assert!(log.contains(version), "{image}: {log}");
    }
}

/// The creation time `docker image inspect` shows.
fn created(session: &mut Session, image: &str) -> String {
    session.run(&format!("docker pull -q {image}"));
    let r = session.run(&format!(
        "docker image inspect -f '{{{{.Created}}}}' {image}"
    ));
    assert_eq!(r.status, 0, "{image}: {}", r.output.text());
    r.output.stream(Stream::Stdout).trim().to_string()
}

#[test]
fn older_releases_were_built_earlier() {
    let mut session = Session::new(SessionConfig::default());
    for chain in [
        &[
            "node:0.10",
            "node:6",
            "node:10",
            "node:14",
            "node:18",
            "node:22",
        ][..],
        &["python:2.7", "python:3.6", "python:3.8", "python:3.12"],
        &["ubuntu:14.04", "ubuntu:18.04", "ubuntu:22.04"],
        &[
            "debian:jessie",
            "debian:stretch",
            "debian:buster",
            "debian:bookworm",
        ],
        &["alpine:3.4", "alpine:3.12", "alpine:3.22"],
        &["mysql:5.5", "mysql:5.6", "mysql:5.7"],
        &["redis:3.0", "redis:5", "redis:7"],
        &["centos:6", "centos:7"],
        &["golang:1.10", "golang:1.17", "golang:1.24"],
    ] {
        let dates: Vec<String> = chain.iter().map(|i| created(&mut session, i)).collect();
        for (pair, names) in dates.windows(2).zip(chain.windows(2)) {
            assert!(
                pair[0] < pair[1],
                "{} ({}) not older than {} ({})",
                names[0],
                pair[0],
                names[1],
                pair[1]
            );
        }
    }
    // Years learners can check against the Hub.
    for (image, year) in [
        ("node:0.10", "2016-"),
        ("node:8", "2019-"),
        ("node:14", "2023-"),
        ("python:2.7", "2020-"),
        ("centos:7", "2021-09-15"),
    ] {
        let c = created(&mut session, image);
        assert!(c.starts_with(year), "{image}: {c}");
    }
}

#[test]
fn a_run_step_reports_a_missing_command_as_the_base_shell_does() {
    for (base, line) in [
        (
            "rockylinux:9",
            "/bin/sh: line 1: missing: command not found",
        ),
        ("centos:7", "/bin/sh: missing: command not found"),
        ("debian:bookworm", "/bin/sh: 1: missing: not found"),
        ("alpine:3.19", "/bin/sh: missing: not found"),
    ] {
        let mut session = Session::new(SessionConfig::default());
        session
            .write_file("Dockerfile", &format!("FROM {base}\nRUN missing\n"))
            .expect("write");
        let r = session.run("docker build -q .");
        assert_eq!(r.status, 1, "{base}");
        assert!(
            r.output.text().contains(&format!(" {line}\n")),
            "{base}: {}",
            r.output.text()
        );
    }
}
