//! Release tables of the official images: one compact `&str` per repository, parsed on demand
//! by [`super::families`] (nothing here is decoded until a tag of that repository is looked up).
//!
//! Source: the `library/<name>` files of docker-library/official-images and their whole git
//! history up to 2025-06-02 (the virtual epoch): every `Tags:`/`SharedTags:` line ever added was
//! collected, tags were split into a version and a variant suffix, and each release line became one
//! row. Windows, pre-release (`-rc`, `-ea`, `-beta`) and onbuild tags are left out; small holes in
//! patch runs are filled; Amazon Linux keeps its last three builds per line. Regenerate with
//! `scripts/hub-tables.py` (it reads that history with git).
//!
//! Row: `LINE|PATCHES|VARIANTS|LAST|MONTHS`. PATCHES lists the full versions under LINE (`=` is LINE
//! itself; `12.0-1` is `.12.0` and `.12.1`; `3-19` is `.3` … `.19`; `u92` is `u92`). VARIANTS are
//! the tag suffixes the line had (`~` is none), comma-separated, `{a,b}{-c,-d}` standing for
//! every pairing, in space-separated groups: a group applies to every version of the line, or
//! with a `LO-HI:` prefix to the versions LO..=HI of the expanded list only (`I:` one version,
//! LO left out is the first, HI left out the last), as the history shows each suffix first and
//! last published. A `^D@I:` group holds the suffixes only tags of D version numbers had (`11`,
//! `11-alpine3.12-jdk`, never with a full version), naming version I. LAST is the month (YYMM)
//! the line last got a new build, MONTHS how long before that its first came out. A `LO-HI=CODE`
//! group names the base of the plain tags of those versions (the variant tag they shared their
//! tag line with). A `!DIGITS!` group holds suffixes that only tags of full versions and of
//! DIGITS version numbers had (`!!`: `11.0.27.6.1-al2`, never `11-al2`; `!2!`: `8.0-bookworm`,
//! never `8-bookworm`).

/// `node`, from `library/node`.
pub(crate) const NODE: &str = "0.8|28|slim,wheezy,~|1508|12\n\
0.10|28-48|~ 4-:slim 8-:wheezy|1610|28\n\
0.11|13-16|~ 1-:slim|1502|6\n\
0.12|0-18|slim,wheezy,~|1612|22\n\
4|0.0 1.0-2 2.0-6 3.0-2 4.0-7 5.0 6.0-2 7.0-3 8.0-7 9.0-1|slim,wheezy,~ 25-:alpine 34-:stretch|1803|30\n\
5|0.0 1.0-1 2.0 3.0 4.0-1 5.0 6.0 7.0-1 8.0 9.0-1 10.0-1 11.0-1 12.0|slim,wheezy,~|1608|10\n\
6|0.0 1.0 2.0-2 3.0-1 4.0 5.0 6.0 7.0 8.0-1 9.0-5 10.0-3 11.0-5 12.0-3 13.0-1 14.0-4 15.0-1 16.0 17.0-1|slim,~ -37:wheezy 14-:alpine 24-:stretch 37-:jessie 40-:jessie-slim,stretch-slim 37-38=jessie 39-=stretch|1904|36\n\
7|0.0 1.0 2.0-1 3.0 4.0 5.0 6.0 7.0-4 8.0 9.0 10.0-1|slim,wheezy,~ 1-:alpine 16:stretch|1707|9\n\
8|0.0 1.0-4 2.0-1 3.0 4.0 5.0 6.0 7.0 8.0-1 9.0-4 10.0 11.0-4 12.0 13.0 14.0-1 15.0-1 16.0-2 17.0|alpine,slim,~ -22:wheezy 7-:stretch 23-:jessie 28-:jessie-slim,stretch-slim 32-:buster,buster-slim 34-:alpine3.10,alpine3.9 35:alpine3.11 23-26=jessie 27-=stretch|1912|31\n\
9|0.0 1.0 2.0-1 3.0 4.0 5.0 6.0-1 7.0-1 8.0 9.0 10.0-1 11.1-2|alpine,slim,stretch,~ -15:wheezy 15-:jessie 15-=jessie|1806|7\n\
10|0.0 1.0 2.0-1 3.0 4.0-1 5.0 6.0 7.0 8.0 9.0 10.0 11.0 12.0 13.0 14.0-2 15.0-3 16.0-3 17.0 18.0-1 19.0 20.0-1 21.0 22.0-1 23.0-3 24.0-1|alpine,slim,stretch,~ -1:wheezy 4-34:jessie 17-34:jessie-slim 17-:stretch-slim 23-:buster,buster-slim 27-37:alpine3.9 27-:alpine3.10 28-:alpine3.11 4-14=jessie 15-=stretch|2104|36\n\
11|0.0 1.0 2.0 3.0 4.0 5.0 6.0 7.0 8.0 9.0 10.0-1 11.0 12.0 13.0 14.0 15.0|alpine,slim,stretch,~ 3-:stretch-slim =stretch|1905|7\n\
12|0.0 1.0 2.0 3.0-1 4.0 5.0 6.0 7.0 8.0-1 9.0-1 10.0 11.0-1 12.0 13.0-1 14.0-1 15.0 16.0-3 17.0 18.0-4 19.0-1 20.0-2 21.0 22.0-12|alpine,slim,stretch,stretch-slim,~ 7-:buster,buster-slim 17-35:alpine3.9 17-39:alpine3.10 19-45:alpine3.11 27-46:alpine3.12 41-46:alpine3.13 41-:alpine3.14 43-:bullseye,bullseye-slim 46-:alpine3.15 =stretch|2204|36\n\
13|0.0-1 1.0 2.0 3.0 4.0 5.0 6.0 7.0 8.0 10.1 11.0 12.0 13.0 14.0|alpine,buster,stretch,{,buster-,stretch-}slim,~ 2-:alpine3.10 6-:alpine3.11 =stretch|2004|6\n\
14|0.0 1.0 2.0 3.0 4.0 5.0 6.0 7.0 8.0 9.0 10.0-1 11.0 12.0 13.0-1 14.0 15.0-5 16.0-1 17.0-6 18.0-3 19.0-3 20.0-1 21.0-3|alpine,buster,buster-slim,slim,~ -25:alpine3.10 -33:alpine3.11 -39:stretch,stretch-slim 4-34:alpine3.12 22-34:alpine3.13 28-39:alpine3.14 30-:bullseye,bullseye-slim 34-43:alpine3.15 39-:alpine3.16 43-:alpine3.17 -38=stretch 39-=buster|2302|34\n\
15|0.0-1 1.0 2.0-1 3.0 4.0 5.0-1 6.0 7.0 8.0 9.0 10.0 11.0 12.0 13.0 14.0|alpine,alpine3.10,alpine3.11,alpine3.12,buster,stretch,{,buster-,stretch-}slim,~ 11-:alpine3.13 =stretch|2104|6\n\
16|0.0 1.0 2.0 3.0 4.0-2 5.0 6.0-2 7.0 8.0 9.0-1 10.0 11.0-1 12.0 13.0-2 14.0-2 15.0-1 16.0 17.0-1 18.0-1 19.0-1 20.0-2|alpine,buster,buster-slim,slim,~ -19:alpine3.11 -20:alpine3.12,alpine3.13 -26:stretch,stretch-slim 6-26:alpine3.14 10-:bullseye,bullseye-slim 20-31:alpine3.15 26-34:alpine3.16 31-:alpine3.17 34-:alpine3.18,bookworm,bookworm-slim =buster|2308|28\n\
17|0.0-1 1.0 2.0 3.0-1 4.0 5.0 6.0 7.1-2 8.0 9.0-1|alpine,alpine3.14,bullseye,buster,stretch,{,bullseye-,buster-,stretch-}slim,~ -4:alpine3.12,alpine3.13 4-:alpine3.15 =bullseye|2206|8\n\
18|0.0 1.0 2.0 3.0 4.0 5.0 6.0 7.0 8.0 9.0-1 10.0 11.0 12.0-1 13.0 14.0-2 15.0 16.0-1 17.0-1 18.0-2 19.0-1 20.0-8|alpine,bullseye,bullseye-slim,slim,~ -3:alpine3.14 -14:alpine3.15 -32:buster,buster-slim 3-20:alpine3.16 14-27:alpine3.17 20-32:alpine3.18 20-:bookworm,bookworm-slim 27-34:alpine3.19 32-:alpine3.20 34-:alpine3.21 -19=bullseye 20-=bookworm|2503|35\n\
19|0.0-1 1.0 2.0 3.0 4.0 5.0 6.0-1 7.0 8.1 9.0|alpine,alpine3.16,bullseye,buster,{,bullseye-,buster-}slim,~ -3:alpine3.15 3-:alpine3.17 11:alpine3.18 =bullseye|2306|8\n\
20|0.0 1.0 2.0 3.0-1 4.0 5.0-1 6.0-1 7.0 8.0-1 9.0 10.0 11.0-1 12.0-2 13.0-1 14.0 15.0-1 16.0 17.0 18.0-3 19.0-2|alpine,bullseye,bullseye-slim,slim,~ -2:alpine3.16 -14:alpine3.17 -23:buster,buster-slim 2-21:alpine3.18 3-:bookworm,bookworm-slim 14-28:alpine3.19 21-:alpine3.20 28-:alpine3.21 33:alpine3.22 -2=bullseye 3-=bookworm|2505|25\n\
21|0.0 1.0 2.0 3.0 4.0 5.0 6.0-2 7.0-3|alpine,alpine3.18,bookworm,bullseye,{,bookworm-,bullseye-}slim,~ -4:alpine3.17 4-:alpine3.19 12:alpine3.20 =bookworm|2405|7\n\
22|0.0 1.0 2.0 3.0 4.0-1 5.0-1 6.0 7.0 8.0 9.0 10.0 11.0 12.0 13.0-1 14.0 15.0-1 16.0|alpine,bookworm,bullseye,{,bookworm-,bullseye-}slim,~ -2:alpine3.18 -14:alpine3.19 2-:alpine3.20 14-:alpine3.21 20:alpine3.22 =bookworm|2505|13\n\
23|0.0 1.0 2.0 3.0 4.0 5.0 6.0-1 7.0 8.0 9.0 10.0 11.0-1|alpine,alpine3.20,bookworm,bullseye,{,bookworm-,bullseye-}slim,~ -3:alpine3.19 3-:alpine3.21 13:alpine3.22 =bookworm|2505|7\n\
24|0.0-2 1.0|alpine,alpine3.20,alpine3.21,bookworm,bullseye,{,bookworm-,bullseye-}slim,~ 3:alpine3.22 =bookworm|2505|0";

/// `python`, from `library/python`.
pub(crate) const PYTHON: &str = "2.7|7-18|~ 1-9:wheezy 1-:slim 4-:alpine 6-8:alpine3.4,alpine3.6 6-9:jessie 6-:stretch 7-8:alpine3.7 7-9:slim-jessie 7-:slim-stretch 8-9:alpine3.8 8-10:alpine3.9 9-:alpine3.10,{,slim-}buster 10-:alpine3.11 6=jessie|2004|70\n\
3.2|6|slim,wheezy,~|1601|8\n\
3.3|5-7|~ 1-:alpine,alpine3.4,jessie,slim,wheezy 1=jessie|1709|36\n\
3.4|1-10|~ 1-:slim,wheezy 3-:alpine 5-7:alpine3.4 5-:jessie 6-:slim-jessie 7-8:alpine3.7 7-:alpine3.8,{,slim-}stretch 8-:alpine3.9 5=jessie|1903|57\n\
3.5|0-10|slim,~ 1-:alpine 3-5:alpine3.4 3-7:jessie 4-7:slim-jessie 5-6:alpine3.7 5-7:alpine3.8 5-:{,slim-}stretch 6-9:alpine3.9 7-9:alpine3.10 7-:{,slim-}buster 9-:alpine3.11,alpine3.12 3=jessie|2009|62\n\
3.6|0-15|alpine,slim,~ 1-8:alpine3.6 2-5:alpine3.4 2-9:jessie 2-14:stretch 3-8:alpine3.7 3-9:slim-jessie 3-14:slim-stretch 6-8:alpine3.8 8-10:alpine3.10,alpine3.9 9-:{,slim-}buster 10-12:alpine3.11 10-13:alpine3.12 12-:alpine3.13 13-:alpine3.14 14-:{,slim-}bullseye 15:alpine3.15|2111|59\n\
3.7|0-17|alpine,slim,~ -2:alpine3.7 -3:alpine3.8 -11:{,slim-}stretch 2-6:alpine3.9 3-7:alpine3.10 4-:{,slim-}buster 6-9:alpine3.11 7-10:alpine3.12 9-12:alpine3.13 10-13:alpine3.14 11-:{,slim-}bullseye 12-15:alpine3.15 13-16:alpine3.16 15-:alpine3.17 16-:alpine3.18 17:{,slim-}bookworm|2306|59\n\
3.8|0-20|alpine,slim,~ -3:alpine3.10 -17:{,slim-}buster 1-7:alpine3.11 3-10:alpine3.12 7-12:alpine3.13 10-13:alpine3.14 11-:{,slim-}bullseye 12-15:alpine3.15 13-16:alpine3.16 15-18:alpine3.17 16-19:alpine3.18 17-:{,slim-}bookworm 18-:alpine3.19 19-:alpine3.20|2409|59\n\
3.9|0-22|alpine,slim,~ -5:alpine3.12 -17:{,slim-}buster 1-9:alpine3.13 5-13:alpine3.14 6-:{,slim-}bullseye 9-15:alpine3.15 13-16:alpine3.16 15-18:alpine3.17 16-19:alpine3.18 17-:{,slim-}bookworm 18-21:alpine3.19 19-:alpine3.20 21-:alpine3.21 22:alpine3.22|2505|55\n\
3.10|0-17|alpine,slim,{,slim-}bullseye,~ 0:alpine3.13 -4:alpine3.14 -8:alpine3.15 -12:{,slim-}buster 4-11:alpine3.16 8-13:alpine3.17 11-14:alpine3.18 12-:{,slim-}bookworm 13-16:alpine3.19 14-:alpine3.20 16-:alpine3.21 17:alpine3.22|2505|43\n\
3.11|0-12|alpine,slim,{,slim-}bullseye,~ 0:alpine3.15 -3:alpine3.16 -4:{,slim-}buster -7:alpine3.17 3-9:alpine3.18 4-:{,slim-}bookworm 7-11:alpine3.19 9-:alpine3.20 11-:alpine3.21 12:alpine3.22|2505|31\n\
3.12|0-10|alpine,slim,{,slim-}{bookworm,bullseye},~ 0:alpine3.17 -3:alpine3.18 1-8:alpine3.19 3-:alpine3.20 8-:alpine3.21 10:alpine3.22|2505|19\n\
3.13|0-3|alpine,alpine3.20,slim,{,slim-}{bookworm,bullseye},~ -1:alpine3.19 1-:alpine3.21 3:alpine3.22|2505|7";

/// `ubuntu`, from `library/ubuntu`.
pub(crate) const UBUNTU: &str = "10.04|=|~|1401|0\n\
12.04|5|~|1704|32\n\
12.10|=|~|1406|7\n\
13.04|=|~|1406|7\n\
13.10|=|~|1406|7\n\
14.04|1-5|~|1912|64\n\
14.10|=|~|1507|13\n\
15.04|=|~|1601|14\n\
15.10|=|~|1607|14\n\
16.04|=|~|2108|68\n\
16.10|=|~|1707|12\n\
17.04|=|~|1712|13\n\
17.10|=|~|1807|14\n\
18.04|=|~|2306|67\n\
18.10|=|~|1907|13\n\
19.04|=|~|2001|14\n\
19.10|=|~|2006|13\n\
20.04|=|~|2504|66\n\
20.10|=|~|2107|14\n\
21.04|=|~|2202|15\n\
21.10|=|~|2206|13\n\
22.04|=|~|2506|43\n\
22.10|=|~|2307|15\n\
23.04|=|~|2312|12\n\
23.10|=|~|2406|13\n\
24.04|=|~|2506|18\n\
24.10|=|~|2506|12\n\
25.04|=|~|2506|7\n\
25.10|=|~|2506|1";

/// `debian`, from `library/debian`.
pub(crate) const DEBIAN: &str = "6|0.8-10|~|1602|27\n\
7|2-11|~ 9:slim|1903|64\n\
8|0-11|~ 10-:slim|2103|75\n\
9|0-13|~ 3-:slim|2206|64\n\
10|0-13|slim,~|2406|59\n\
11|0-11|slim,~|2505|45\n\
12|0-11|slim,~|2505|23\n\
trixie|=|slim,~|2505|23";

/// `alpine`, from `library/alpine`.
pub(crate) const ALPINE: &str = "2.6|=|~|1601|10\n\
2.7|=|~|1601|10\n\
3.1|=|~|1710|31\n\
3.2|=|~|1710|29\n\
3.3|=|~|1710|22\n\
3.4|=|~|1710|16\n\
3.5|=|~|1710|10\n\
3.6|5|~|1903|0\n\
3.7|3|~|1903|0\n\
3.8|4-5|~|2001|10\n\
3.9|2-6|~|2004|13\n\
3.10|0-9|~|2104|22\n\
3.11|0-13|~|2111|23\n\
3.12|0-12|~|2204|23\n\
3.13|0-12|~|2208|19\n\
3.14|0-10|~|2303|21\n\
3.15|0-11|~|2311|24\n\
3.16|0-9|~|2401|20\n\
3.17|0-10|~|2409|22\n\
3.18|0-12|~|2502|21\n\
3.19|0-7|~|2505|17\n\
3.20|0-6|~|2505|12\n\
3.21|0-3|~|2505|5\n\
3.22|0|~|2505|0";

/// `busybox`, from `library/busybox`.
pub(crate) const BUSYBOX: &str = "1.21|0|ubuntu|1512|3\n\
1.23|2|~|1509|0\n\
1.24|0-2|~ 1-:glibc,musl,uclibc|1606|8\n\
1.25|0-1|glibc,musl,uclibc,~|1610|4\n\
1.26|0-2|glibc,musl,uclibc,~|1706|6\n\
1.27|0-2|glibc,musl,uclibc,~|1708|1\n\
1.28|0-4|glibc,musl,uclibc,~|1805|4\n\
1.29|1-3|glibc,musl,uclibc,~|1810|3\n\
1.30|0-1|glibc,musl,uclibc,~|1902|2\n\
1.31|0-1|glibc,musl,uclibc,~|1910|4\n\
1.32|0-1|glibc,musl,uclibc,~|2101|7\n\
1.33|0-1|glibc,musl,uclibc,~|2105|5\n\
1.34|0-1|glibc,musl,uclibc,~|2212|16\n\
1.35|0|glibc,musl,uclibc,~|2301|13\n\
1.36|0-1|glibc,musl,uclibc,~|2409|20\n\
1.37|0|glibc,musl,uclibc,~|2409|0";

/// `nginx`, from `library/nginx`.
pub(crate) const NGINX: &str = "1.7|1-12|~|1504|10\n\
1.8|1|alpine,~|1604|2\n\
1.9|0-15|~ 14-:alpine|1604|12\n\
1.10|0-3|alpine,~|1701|9\n\
1.11|0-13|alpine,~|1704|11\n\
1.12|0-2|alpine,alpine-perl,perl,~|1710|6\n\
1.13|0-12|alpine,alpine-perl,perl,~|1804|12\n\
1.14|0-2|alpine,alpine-perl,perl,~|1812|8\n\
1.15|0-12|alpine,alpine-perl,perl,~|1904|10\n\
1.16|0-1|alpine,alpine-perl,perl,~|1908|4\n\
1.17|0-10|alpine,alpine-perl,perl,~|2004|10\n\
1.18|0|alpine,alpine-perl,perl,~|2004|0\n\
1.19|0-10|alpine,alpine-perl,perl,~|2104|11\n\
1.20|0-2|alpine,alpine-perl,perl,~|2111|7\n\
1.21|0-6|alpine,alpine-perl,perl,~|2201|8\n\
1.22|0-1|alpine,alpine-perl,perl,~ 1:alpine-slim,alpine3.17,bullseye,bullseye-perl 1=bullseye|2303|10\n\
1.23|0-4|alpine,alpine-perl,perl,~ 3-:alpine-slim 4:alpine3.17,bullseye,bullseye-perl 4=bullseye|2303|9\n\
1.24|0|alpine,alpine-slim,alpine3.17,bullseye,{,alpine-,bullseye-}perl,~ =bullseye|2304|0\n\
1.25|0-5|alpine,alpine{-perl,-slim},perl,~ 0:bullseye,bullseye-perl -1:alpine3.17 1-:bookworm,bookworm-perl 2-4:alpine3.18 5:alpine3.19 0=bullseye 1-=bookworm|2404|11\n\
1.26|0-3|alpine,alpine-slim,bookworm,{,alpine-,bookworm-}perl,~ -1:alpine3.19 2-:alpine3.20 =bookworm|2502|10\n\
1.27|0-5|alpine,alpine-slim,bookworm,{,alpine-,bookworm-}perl,~ 0:alpine3.19 1-3:alpine3.20 4-:alpine3.21 =bookworm|2504|11\n\
1.28|0|alpine,alpine-slim,alpine3.21,bookworm,{,alpine-,bookworm-}perl,~ =bookworm|2504|0";

/// `httpd`, from `library/httpd`.
pub(crate) const HTTPD: &str = "2.2|29-34|~ 2-:alpine 0-=jessie|1707|33\n\
2.4|10-63|~ 13-:alpine 38:alpine3.13 38-41:alpine3.14,buster 41-43:alpine3.15 41-47:bullseye 43-44:alpine3.16 44-47:alpine3.17 47-48:alpine3.18 47-:bookworm 48-49:alpine3.19 49-52:alpine3.20 52-:alpine3.21 53:alpine3.22 38-40=buster 41-46=bullseye 47-=bookworm|2505|127";

/// `mysql`, from `library/mysql`.
pub(crate) const MYSQL: &str = "5.5|40-62|~|1810|47\n\
5.6|17-51|~|2101|79\n\
5.7|4-44|~ 33-38:debian 33-:oracle|2312|112\n\
8.0|0-4 11-42|~ 22-:debian,oracle 29-31:oraclelinux8 31-:oraclelinux9 !2!29-30:bullseye !2!30-:bookworm|2504|102\n\
8.1|0|oracle,~|2307|0\n\
8.2|0|oracle,oraclelinux8,~|2312|2\n\
8.3|0|oracle,oraclelinux8,~|2401|0\n\
8.4|0-5|oracle,oraclelinux9,~ 0:oraclelinux8|2504|12\n\
9.0|0-1|oracle,oraclelinux9,~|2407|0\n\
9.1|0|oracle,oraclelinux9,~|2410|0\n\
9.2|0|oracle,oraclelinux9,~|2501|0\n\
9.3|0|oracle,oraclelinux9,~|2504|0";

/// `mariadb`, from `library/mariadb`.
pub(crate) const MARIADB: &str = "5.5|40-64|~ 20:wheezy 20-:trusty 20-=trusty|1904|53\n\
10.0|15-38|~ 20:jessie !2!20-:xenial 20-=xenial|1902|51\n\
10.1|1-3 10-48|~ 27:jessie 27-:bionic 27-34=bionic 36-=bionic|2011|72\n\
10.2|5-44|~ 11:jessie 11-:bionic 11-22=bionic 24-36=bionic 38-=bionic|2205|60\n\
10.3|0-39|~ 8:jessie 8-23:bionic 23-:focal 8-18=bionic 20-22=bionic 23-32=focal 34-=focal|2305|72\n\
10.4|0-34|~ -13:bionic 13-:focal -8=bionic 10-12=bionic 13-22=focal 24-=focal|2405|66\n\
10.5|1-29|~ -2:bionic 2-:focal -1=bionic 2-12=focal 14-=focal|2505|63\n\
10.6|0-22|focal,~ 22:jammy -5=focal 7-=focal|2505|49\n\
10.7|1-8|focal,~ 0=focal 2-=focal|2302|15\n\
10.8|2-8|~ 0:focal 1-:jammy 0=focal 1-=jammy|2305|15\n\
10.9|2-8|jammy,~ =jammy|2308|12\n\
10.10|2-7|jammy,~ =jammy|2311|12\n\
10.11|2-13|jammy,~ -9=jammy 11=jammy|2505|27\n\
11.0|2-6|jammy,~ =jammy|2405|11\n\
11.1|2-6|jammy,~ =jammy|2408|12\n\
11.2|2-6|jammy,~ =jammy|2411|12\n\
11.3|2|jammy,~ =jammy|2402|0\n\
11.4|2-7|noble,~ -3=noble 5=noble|2505|12\n\
11.5|2|noble,~ =noble|2408|0\n\
11.6|2|noble,~ =noble|2411|0\n\
11.7|2|noble,~ =noble|2502|0";

/// `postgres`, from `library/postgres`.
pub(crate) const POSTGRES: &str = "8.4|22|~|1504|9\n\
9.0|18-22|~|1601|18\n\
9.1|14-24|~|1610|27\n\
9.2|9-23|~ 10-:alpine|1708|37\n\
9.3|4-25|~ 11-:alpine|1811|53\n\
9.4|0-26|~ 10-:alpine|2002|62\n\
9.5|0-25|~ 5-:alpine|2102|61\n\
9.6|0-24|~ 1-:alpine 22:alpine3.13 22-23:buster 22-:alpine3.14,stretch 23-:bullseye 24:alpine3.15 22-=stretch|2111|62\n\
10|0-23|alpine -21:~ 17:alpine3.13 17-18:buster 17-19:alpine3.14 17-21:stretch 18-:bullseye 19-21:alpine3.15 21-:alpine3.16 17-21=stretch|2211|61\n\
11|0-22|alpine -16:~ 12:alpine3.13 12-13:buster 12-14:alpine3.14 12-16:stretch 13-:bullseye 14-16:alpine3.15 16-18:alpine3.16 18-:alpine3.17 20-:alpine3.18,bookworm 22:alpine3.19 12-16=stretch|2312|62\n\
12|0-22|alpine,~ 7:alpine3.13 7-8:buster 7-9:alpine3.14 8-:bullseye 9-11:alpine3.15 11-13:alpine3.16 13-17:alpine3.17 15-19:alpine3.18 15-:bookworm 17-:alpine3.19 19-:alpine3.20 22:alpine3.21 7=buster 8-14=bullseye 15-=bookworm|2412|62\n\
13|0-21|alpine,~ 3:alpine3.13 3-4:buster 3-5:alpine3.14 4-:bullseye 5-7:alpine3.15 7-9:alpine3.16 9-13:alpine3.17 11-15:alpine3.18 11-:bookworm 13-18:alpine3.19 15-:alpine3.20 18-:alpine3.21 21:alpine3.22 3=buster 4-10=bullseye 11-=bookworm|2505|56\n\
14|0-18|alpine,bullseye,~ -1:alpine3.14 1-3:alpine3.15 3-6:alpine3.16 6-10:alpine3.17 8-12:alpine3.18 8-:bookworm 10-15:alpine3.19 12-:alpine3.20 15-:alpine3.21 18:alpine3.22 -7=bullseye 8-=bookworm|2505|44\n\
15|0-13|alpine,bullseye,~ -1:alpine3.16 1-5:alpine3.17 3-7:alpine3.18 3-:bookworm 5-10:alpine3.19 7-:alpine3.20 10-:alpine3.21 13:alpine3.22 -2=bullseye 3-=bookworm|2505|31\n\
16|0-9|alpine,bookworm,bullseye,~ -1:alpine3.17 -3:alpine3.18 1-6:alpine3.19 3-:alpine3.20 6-:alpine3.21 9:alpine3.22 =bookworm|2505|20\n\
17|0-5|alpine,alpine3.20,bookworm,bullseye,~ -2:alpine3.19 2-:alpine3.21 5:alpine3.22 =bookworm|2505|8";

/// `redis`, from `library/redis`.
pub(crate) const REDIS: &str = "2.6|17|32bit,~|1512|16\n\
2.8|6-23|~ 15-:32bit|1606|24\n\
3.0|0-7|~ 2-:32bit 6-:alpine|1606|14\n\
3.2|0-12|32bit,alpine,~ 12:alpine3.8,{,32bit-}stretch 12=stretch|1807|26\n\
4.0|0-14|32bit,alpine,~ 10-12:alpine3.8 10-:{,32bit-}stretch 12-:alpine3.9 14:alpine3.10,alpine3.11,{,32bit-}buster 10-13=stretch 14=buster|1912|29\n\
5.0|0-14|32bit,alpine,~ -3:alpine3.8 -5:{,32bit-}stretch 3-5:alpine3.9 5-7:alpine3.10 5-:{,32bit-}buster 7-9:alpine3.11 9-10:alpine3.12 10-12:alpine3.13 12-:alpine3.14 14:alpine3.15,alpine3.16,{,32bit-}bullseye -4=stretch 5-13=buster 14=bullseye|2205|43\n\
6.0|0-20|alpine,~ -4:alpine3.11 -16:buster 4-10:alpine3.12 10-14:alpine3.13 14-16:alpine3.14 16:alpine3.15,alpine3.16 16-19:alpine3.17,bullseye 19-:alpine3.18,bookworm 20:alpine3.19 -15=buster 16-18=bullseye 19-=bookworm|2312|44\n\
6.2|0-18|alpine,~ -4:alpine3.13 -6:buster 4-6:alpine3.14 6-7:alpine3.15 6-12:bullseye 7:alpine3.16 7-12:alpine3.17 12-14:alpine3.18 12-:bookworm 14:alpine3.19 14-16:alpine3.20 17-:alpine3.21 -5=buster 6-8=bullseye 10-11=bullseye 12-14=bookworm 16-=bookworm|2504|50\n\
7.0|0-15|alpine,~ 0:alpine3.15 -5:alpine3.16 -11:bullseye 5-11:alpine3.17 11-14:alpine3.18 11-:bookworm 14-:alpine3.19 15:alpine3.20 -10=bullseye 11-=bookworm|2405|25\n\
7.2|0-9|alpine,bookworm,~ -3:alpine3.18 3-5:alpine3.19 5-6:alpine3.20 7-:alpine3.21 =bookworm|2505|21\n\
7.4|0-4|alpine,bookworm,~ -1:alpine3.20 2-:alpine3.21 =bookworm|2505|10\n\
8.0|0-2|alpine,alpine3.21,bookworm,~ =bookworm|2505|0";

/// `mongo`, from `library/mongo`.
pub(crate) const MONGO: &str = "2.2|7|~|1602|18\n\
2.4|10-14|~|1602|18\n\
2.6|1-12|~|1606|24\n\
2.7|5-8|~|1411|3\n\
2.8|0|~|1501|2\n\
3.0|0-15|~ !2!15:wheezy|1712|35\n\
3.1|4-9|~|1602|8\n\
3.2|0-21|~ 16-:jessie|1809|35\n\
3.3|5-15|~|1611|6\n\
3.4|0-24|~ 9-20:jessie 20-:xenial|2001|38\n\
3.5|5-13|~ 8:jessie|1711|7\n\
3.6|0-23|~ -7:jessie 7-11:stretch 11-:xenial|2103|40\n\
3.7|1-9|jessie,~ 8:xenial|1805|4\n\
4.0|0-28|xenial,~ 1:bionic|2201|43\n\
4.1|1-13|~ -8:xenial 1:bionic 8-:bionic|1905|10\n\
4.2|0-24|~ -3:bionic 5-:bionic|2302|42\n\
4.4|0-29|~ -6:bionic 7-:focal|2402|43\n\
5.0|0-31|focal,~|2501|42\n\
6.0|1-23|~ -3:focal 3-:jammy|2504|32\n\
7.0|0-20|jammy,~|2504|20\n\
8.0|0-9|noble,~|2505|8";

/// `golang`, from `library/golang`.
pub(crate) const GOLANG: &str = "1.2|0-2|cross,~|1411|4\n\
1.3|0-3|cross,~ 3:wheezy|1508|12\n\
1.4|0-3|cross,wheezy,~ 3:alpine|1601|13\n\
1.5|0-4|wheezy,~ 1-:alpine|1606|10\n\
1.6|0-4|alpine,wheezy,~|1612|10\n\
1.7|0-6|alpine,wheezy,~ 4-:alpine3.5 6:alpine3.6,jessie !2!6:alpine3.4 6=jessie|1707|11\n\
1.8|0-7|alpine,stretch,~ 3-:alpine3.5,alpine3.6,jessie ^2@0:wheezy 3=jessie|1802|12\n\
1.9|0-7|alpine,alpine3.6,stretch,~ 2-:alpine3.7 7:alpine3.8 0=stretch|1807|11\n\
1.10|0-8|alpine,alpine3.7,stretch,~ 3-:alpine3.8 8:alpine3.9|1902|12\n\
1.11|0-13|alpine,stretch,~ -5:alpine3.7 -11:alpine3.8 5-:alpine3.9 11-:alpine3.10 12-:buster|1908|12\n\
1.12|0-17|alpine,stretch,~ -14:alpine3.9 6-:alpine3.10 7-:buster 14-:alpine3.11|2002|12\n\
1.13|0-15|alpine,buster,stretch,~ -11:alpine3.10 5-:alpine3.11 12-:alpine3.12|2008|11\n\
1.14|0-15|alpine,alpine3.11,buster,stretch,~ 4-:alpine3.12 13-:alpine3.13|2102|12\n\
1.15|0-15|alpine,buster,~ -13:alpine3.12 6-:alpine3.13 8-:stretch 13-:alpine3.14|2108|12\n\
1.16|0-15|alpine,buster,stretch,~ -5:alpine3.12 -10:alpine3.13 5-:alpine3.14 7-:bullseye 10-:alpine3.15|2203|13\n\
1.17|0-13|alpine,bullseye,buster,~ -3:alpine3.13 -10:alpine3.14 -11:stretch 3-:alpine3.15 10-:alpine3.16|2208|12\n\
1.18|0-10|alpine,bullseye,buster,~ -2:alpine3.14 -3:stretch -8:alpine3.15 2-:alpine3.16 8-:alpine3.17|2301|10\n\
1.19|0-13|alpine,bullseye,~ -3:alpine3.15 -9:alpine3.16 -10:buster 3-:alpine3.17 9-:alpine3.18 10-:bookworm|2309|13\n\
1.20|0-14|alpine,bullseye,~ -4:alpine3.16 -5:buster -12:alpine3.17 4-:alpine3.18 5-:bookworm 12-:alpine3.19|2402|12\n\
1.21|0-13|alpine,bookworm,bullseye,~ -5:alpine3.17 -10:alpine3.18 5-:alpine3.19 10-:alpine3.20|2408|12\n\
1.22|0-12|alpine,bookworm,bullseye,~ -3:alpine3.18 -10:alpine3.19 3-:alpine3.20 10-:alpine3.21|2502|12\n\
1.23|0-9|alpine,alpine3.20,bookworm,bullseye,~ -4:alpine3.19 4-:alpine3.21 9:alpine3.22|2505|9\n\
1.24|0-3|alpine,alpine3.20,alpine3.21,bookworm,bullseye,~ 3:alpine3.22|2505|3";

/// `openjdk`, from `library/openjdk`.
pub(crate) const OPENJDK: &str = "6|=|jdk,jre,{,jdk-,jre-}wheezy,{,jdk-,jre-}{slim,slim-wheezy},~ =wheezy|1801|17\n\
7|u91 u111 u121 u131 u151 u171 u181 u201 u211 u221|-4:{,jdk-,jre-}alpine 1-6:jdk,jre,~ 3-6:{,jdk-,jre-}slim 4:{,jdk-,jre-}alpine3.7 4-6:{,jdk-,jdk-slim-,jre-,jre-slim-,slim-}jessie 6:{,jdk-,jre-}{alpine3.7,alpine3.8} 6-8:{,jdk-,jre-}{alpine,alpine3.9} 8-:jdk,jre,{,jdk-,jre-}jessie,{,jdk-,jre-}{slim,slim-jessie},~ 4-5=jessie|1905|33\n\
8|u92 u102 u111 u121 u131 u141 u151 u162 u171 u181 u191 u201 u212 u222 u232 u242 u252 u262-265 u272-275 u282 u292 u302 u312 u322 u332 u342|0:{,jdk-,jre-}alpine 1-9:jdk,jre,~ 2-4:{,jdk-,jre-}alpine 4-9:{,jdk-,jre-}slim 6:{,jdk-,jre-}{alpine,alpine3.7} 6-9:{,jdk-,jdk-slim-,jre-,jre-slim-,slim-}stretch 8:{,jdk-,jre-}alpine3.7 8-10:{,jdk-,jre-}alpine3.8 8-12:{,jdk-,jre-}alpine 10-12:{,jdk-,jre-}alpine3.9 12:{,jdk-,jre-}slim-stretch 12-15:{,jdk-,jre-}stretch 12-:jdk,jre,{,jdk-,jre-}{slim,slim-buster},~ 15-:{,jdk-,jre-}buster 24-:{,jdk-}{oracle,oraclelinux8} 27-:{,jdk-,jdk-slim-,jre-,jre-slim-,slim-}bullseye 6-8=stretch|2207|71\n\
9|0.1-4|jdk,jre,{,jdk-,jre-}sid,{,jdk-,jre-}{slim,slim-sid},~|1803|4\n\
10|0.1-2|jdk,jre,{,jdk-,jre-}sid,{,jdk-,jre-}{slim,slim-sid},~ 1:{,jdk-}oracle ^1@0:{,jdk-,jdk-slim-,jre-,jre-slim-,slim-}experimental|1810|6\n\
11|0.1-8 0.9.1 0.10-13 0.14.1 0.15-16|jdk,jre,{,jdk-,jre-}slim,~ -1:{,jdk-}oracle 2-:{,jdk-}slim-buster 3-:jre-slim-buster 5-:{,jdk-,jre-}buster 8-:{,jdk-}{oracle,oraclelinux8} 11-:{,jdk-,jdk-slim-,jre-,jre-slim-,slim-}bullseye !12!0:{,jdk-,jre-}sid,{,jdk-,jre-}slim-sid !12!-2:{,jdk-,jre-}slim-stretch !12!-5:{,jdk-,jre-}stretch|2207|45\n\
12|0.1-2|jdk,{,jdk-}oracle,~ ^1@0:{,jdk-}{alpine,alpine3.8,alpine3.9}|1907|3\n\
13|0.1-2|jdk,{,jdk-}buster,{,jdk-}{oracle,slim,slim-buster},~ ^1@0:{,jdk-}{alpine,alpine3.10,alpine3.8,alpine3.9}|2001|3\n\
14|0.1-2|jdk,{,jdk-}buster,{,jdk-}{oracle,slim,slim-buster},~ 1:{,jdk-}oraclelinux8 ^1@0:{,jdk-}{alpine,alpine3.10}|2009|5\n\
15|0.1-2|jdk,{,jdk-}buster,{,jdk-}{oracle,oraclelinux8,slim,slim-buster},~ ^1@0:{,jdk-}{alpine,alpine3.11,alpine3.12}|2103|5\n\
16|0.1-2|jdk,{,jdk-}buster,{,jdk-}{oracle,oraclelinux8,slim,slim-buster},~ 1:{,jdk-,jdk-slim-,slim-}bullseye ^1@0:{,jdk-}{alpine,alpine3.12,alpine3.13}|2109|5\n\
17|0.1-2|jdk,{,jdk-}{bullseye,buster},{,jdk-}{oracle,oraclelinux8,slim,slim-bullseye,slim-buster},~ ^1@0:{,jdk-}{alpine,alpine3.12,alpine3.13,alpine3.14}|2201|3\n\
18|0.1.1 0.2.1|jdk,{,jdk-}{bullseye,buster},{,jdk-}{oracle,oraclelinux8,slim,slim-bullseye,slim-buster},~ ^1@0:{,jdk-}{alpine,alpine3.13,alpine3.14,alpine3.15}|2208|3\n\
19|=|jdk,{,jdk-}{alpine,alpine3.14,alpine3.15,alpine3.16,oracle,oraclelinux8,slim,slim-bullseye,slim-buster},{,jdk-}{bullseye,buster},~|2208|8\n\
20|=|jdk,{,jdk-}{bullseye,buster},{,jdk-}{oracle,oraclelinux8,slim,slim-bullseye,slim-buster},~|2302|8\n\
21|=|jdk,{,jdk-,jdk-slim-,slim-}{bookworm,bullseye,buster},{,jdk-}{oracle,oraclelinux8,slim},~|2308|8\n\
22|=|jdk,{,jdk-,jdk-slim-,slim-}{bookworm,bullseye,buster},{,jdk-}{oracle,oraclelinux8,oraclelinux9,slim},~|2403|9\n\
23|=|jdk,{,jdk-}{bookworm,bullseye},{,jdk-}{oracle,oraclelinux8,oraclelinux9,slim,slim-bookworm,slim-bullseye},~|2408|8\n\
24|=|jdk,{,jdk-}{bookworm,bullseye},{,jdk-}{oracle,oraclelinux8,oraclelinux9,slim,slim-bookworm,slim-bullseye},~|2502|8\n\
25|=|jdk,{,jdk-}{bookworm,bullseye},{,jdk-}{oracle,oraclelinux8,oraclelinux9,slim,slim-bookworm,slim-bullseye},~|2505|5";

/// `eclipse-temurin`, from `library/eclipse-temurin`.
pub(crate) const ECLIPSE_TEMURIN: &str = "8|u302-b08 u312-b07 u322-b06 u332-b09 u342-b07 u345-b01 u352-b08 u362-b09 u372-b07 u382-b05 u392-b08 u402-b06 u412-b08 u422-b05 u432-b06 u442-b06 u452-b09|jdk,jre,{jdk,jre}-focal -12:{jdk,jre}-centos7 2-:{jdk,jre}-alpine 3-:{jdk,jre}-jammy 6-:{jdk,jre}-ubi9-minimal 13-:{jdk,jre}-noble 14-:{jdk,jre}{-alpine-3.20,-alpine-3.21} ^1@12:centos7 ^1@16:alpine,alpine-{3.20,3.21},focal,jammy,noble,~|2504|44\n\
11|0.12_7 0.13_8 0.14.1_1 0.14_9 0.15_10 0.16.1_1 0.16_8 0.17_8 0.18_10 0.19_7 0.20.1_1 0.20_8 0.21_9 0.22_7 0.23_9 0.24_8 0.25_9 0.26_4 0.27_6|jdk,jre,{jdk,jre}-focal -14:{jdk,jre}-centos7 1-:{jdk,jre}-alpine 4-:{jdk,jre}-jammy 7-:{jdk,jre}-ubi9-minimal 15-:{jdk,jre}-noble 16-:{jdk,jre}{-alpine-3.20,-alpine-3.21} ^1@14:centos7 ^1@18:alpine,alpine-{3.20,3.21},focal,jammy,noble,~|2504|44\n\
16|0.2_7|jdk,jdk-{alpine,centos7,focal} ^1@0:alpine,centos7,focal,~|2110|2\n\
17|_35 0.1_12 0.2_8 0.3_7 0.4.1_1 0.4_8 0.5_8 0.6_10 0.7_7 0.8.1_1 0.8_7 0.9_9 0.10_7 0.11_9 0.12_7 0.13_11 0.14_7 0.15_6|jdk,jdk-alpine,jdk-focal -13:jdk-centos7 1-13:jre-centos7 1-:jre,jre-alpine,jre-focal 3-:{jdk,jre}-jammy 6-:{jdk,jre}-ubi9-minimal 14-:{jdk,jre}-noble 15-:{jdk,jre}{-alpine-3.20,-alpine-3.21} ^1@13:centos7 ^1@17:alpine,alpine-{3.20,3.21},focal,jammy,noble,~|2504|43\n\
18|_36 0.1_10 0.2.1_1 0.2_9|jdk,jdk-{alpine,centos7,focal} 1-:jre,jre-{alpine,centos7,focal},{jdk,jre}-jammy ^1@3:alpine,centos7,focal,jammy,~|2208|5\n\
19|_36 0.1_10 0.2_7|jdk,jre,{jdk-,jre-}{alpine,centos7,focal,jammy} 1-:{jdk,jre}-ubi9-minimal ^1@2:alpine,centos7,focal,jammy,~|2301|4\n\
20|_36 0.1_9 0.2_9|jdk,jre,{jdk-,jre-}{alpine,jammy,ubi9-minimal} ^1@2:alpine,jammy,~|2307|4\n\
21|_35 0.1_12 0.2_13 0.3_9 0.4_7 0.5_11 0.6_7 0.7_6|jdk,jre,{jdk-,jre-}{alpine,jammy,ubi9-minimal} 4-:{jdk,jre}-noble 5-:{jdk,jre}{-alpine-3.20,-alpine-3.21} ^1@7:alpine,alpine-{3.20,3.21},jammy,noble,~|2504|18\n\
22|_36 0.1_8 0.2_9|jdk,jre,{jdk-,jre-}{alpine,jammy,ubi9-minimal} 2:{jdk,jre}-noble ^1@2:alpine,jammy,noble,~|2407|4\n\
23|_37 0.1_11 0.2_7|jdk,jre,{jdk-,jre-}{alpine,noble,ubi9-minimal} 1-:{jdk,jre}{-alpine-3.20,-alpine-3.21} ^1@2:alpine,alpine-{3.20,3.21},noble,~|2501|4\n\
24|_36 0.1_9|jdk,jre,{jdk-,jre-}{alpine,alpine-3.20,alpine-3.21,noble,ubi9-minimal} ^1@1:alpine,alpine-{3.20,3.21},noble,~|2504|1";

/// `amazoncorretto`, from `library/amazoncorretto`.
pub(crate) const AMAZONCORRETTO: &str = "8|u192 u202 u212 u222 u232 u242 u252 u262-265 u272-275 u282 u292 u302 u312 u322 u332 u342 u352 u362 u372 u382 u392 u402 u412 u422 u432 u442 u452|~ 7:alpine,alpine-jre 11-:alpine,alpine-jre 17-20:alpine3.12,alpine3.12-jre 17-22:alpine3.13,alpine3.13-jre 17-24:alpine3.14,alpine3.14-jre 18-26:alpine3.15,alpine3.15-jre 21-28:alpine3.16,alpine3.16-jre 23-30:alpine3.17,alpine3.17-jre 23-:al2023,al2023-jre 25-:alpine3.18,alpine3.18-jre 27-:alpine3.19,alpine3.19-jre 29-:alpine3.20,alpine3.20-jre 31-:alpine3.21,alpine3.21-jre !!6-:al2 ^1@20:alpine3.12-jdk ^1@22:alpine3.13-jdk ^1@23:al2022-jdk ^1@24:alpine3.14-jdk ^1@26:alpine3.15-jdk ^1@28:alpine3.16-jdk ^1@30:alpine3.17-jdk ^1@32:{al2,al2023,alpine,alpine3.18,alpine3.19,alpine3.20,alpine3.21}-jdk|2504|77\n\
11|0.2-27|~ 6:alpine-jre 6-:alpine 10-13:alpine3.12 10-15:alpine3.13 10-17:alpine3.14 11-19:alpine3.15 14-21:alpine3.16 16-23:alpine3.17 16-:al2023 18-:alpine3.18 20-:alpine3.19 22-:alpine3.20 24-:alpine3.21 !!5-:al2 ^1@13:alpine3.12-jdk ^1@15:alpine3.13-jdk ^1@16:al2022-jdk ^1@17:alpine3.14-jdk ^1@19:alpine3.15-jdk ^1@21:alpine3.16-jdk ^1@23:alpine3.17-jdk ^1@25:{al2,al2023,alpine,alpine3.18,alpine3.19,alpine3.20,alpine3.21}-jdk|2504|73\n\
15|0.1-2|alpine,~ !!al2 ^1@1:al2-jdk,alpine-jdk|2101|3\n\
16|0.0-2|alpine,~ 2:alpine3.12,alpine3.13,alpine3.14 !!al2 ^1@2:{al2,alpine,alpine3.12,alpine3.13,alpine3.14}-jdk|2109|6\n\
17|0.0-15|alpine,~ -3:alpine3.12 -5:alpine3.13 -7:alpine3.14 1-9:alpine3.15 4-11:alpine3.16 6-13:alpine3.17 6-:al2023 8-:alpine3.18 10-:alpine3.19 12-:alpine3.20 14-:alpine3.21 !!al2 ^1@3:alpine3.12-jdk ^1@5:alpine3.13-jdk ^1@6:al2022-jdk ^1@7:alpine3.14-jdk ^1@9:alpine3.15-jdk ^1@11:alpine3.16-jdk ^1@13:alpine3.17-jdk ^1@15:{al2,al2023,alpine,alpine3.18,alpine3.19,alpine3.20,alpine3.21}-jdk|2504|43\n\
18|0.0-2|alpine,alpine3.13,alpine3.14,alpine3.15,~ -1:alpine3.12 2:alpine3.16 !!al2 ^1@1:alpine3.12-jdk ^1@2:{al2,alpine,alpine3.13,alpine3.14,alpine3.15,alpine3.16}-jdk|2209|5\n\
19|0.0-2|alpine,alpine3.14,alpine3.15,alpine3.16,~ -1:alpine3.13 2:alpine3.17 !!al2 ^1@1:alpine3.13-jdk ^1@2:{al2,alpine,alpine3.14,alpine3.15,alpine3.16,alpine3.17}-jdk|2301|4\n\
20|0.0-2|alpine,alpine3.15,alpine3.16,alpine3.17,~ -1:alpine3.14 2:alpine3.18 !!al2 ^1@1:alpine3.14-jdk ^1@2:{al2,alpine,alpine3.15,alpine3.16,alpine3.17,alpine3.18}-jdk|2307|4\n\
21|0.0-7|al2023,alpine,alpine3.18,~ -1:alpine3.15 -3:alpine3.16 -5:alpine3.17 2-:alpine3.19 4-:alpine3.20 6-:alpine3.21 !!al2 ^1@1:alpine3.15-jdk ^1@3:alpine3.16-jdk ^1@5:alpine3.17-jdk ^1@7:{al2,al2023,alpine,alpine3.18,alpine3.19,alpine3.20,alpine3.21}-jdk|2504|19\n\
22|0.0-2|al2023,alpine,alpine3.17,alpine3.18,alpine3.19 -1:alpine3.16 2:alpine3.20 ^1@1:alpine3.16-jdk ^1@2:jdk,{al2023,alpine,alpine3.17,alpine3.18,alpine3.19,alpine3.20}-jdk,~|2407|4\n\
23|0.0-2|al2023,alpine,alpine3.18,alpine3.19,alpine3.20 -1:alpine3.17 2:alpine3.21 ^1@1:alpine3.17-jdk ^1@2:jdk,{al2023,alpine,alpine3.18,alpine3.19,alpine3.20,alpine3.21}-jdk,~|2501|4\n\
24|0.0-1|al2023,alpine,alpine3.18,alpine3.19,alpine3.20,alpine3.21 ^1@1:jdk,{al2023,alpine,alpine3.18,alpine3.19,alpine3.20,alpine3.21}-jdk,~|2504|1";

/// `php`, from `library/php`.
pub(crate) const PHP: &str = "5.3|29|apache,cli,~|1410|2\n\
5.4|32-45|apache,cli 1-:~ 3-:fpm|1510|14\n\
5.5|16-38|apache,cli 1-:~ 3-:fpm 17-:{,fpm-}alpine|1607|23\n\
5.6|0-40|apache,cli 1-:~ 3-:fpm 19-:{,fpm-}alpine 31-36:{,cli-,fpm-}alpine3.4 31-:cli-alpine,{,apache-,cli-,fpm-}jessie 36-38:{,cli-,fpm-}alpine3.7 36-:{,apache-,cli-,fpm-}stretch 37-:{,cli-,fpm-}alpine3.8 31-35=jessie 36-=stretch|1901|53\n\
7.0|0-33|apache,cli,fpm,~ 4-:{,fpm-}alpine 24-30:{,cli-,fpm-}alpine3.4 24-:cli-alpine,{,apache-,cli-,fpm-}jessie 30-:{,apache-,cli-,fpm-}stretch,{,cli-,fpm-}alpine3.7 24-29=jessie 30-=stretch|1812|36\n\
7.1|0-33|apache,cli,fpm,{,fpm-}alpine,~ 10-17:{,cli-,fpm-}alpine3.4 10-30:{,apache-,cli-,fpm-}jessie 10-:cli-alpine 17-23:{,cli-,fpm-}alpine3.7 17-:{,apache-,cli-,fpm-}stretch 21-30:{,cli-,fpm-}alpine3.8 26-:{,cli-,fpm-}alpine3.9 30-:{,apache-,cli-,fpm-}buster,{,cli-,fpm-}alpine3.10 10-16=jessie 17-29=stretch 30-=buster|1910|34\n\
7.2|0-34|apache,cli,fpm,{,apache-,cli-,fpm-}stretch,{,cli-,fpm-}alpine,~ -11:{,cli-,fpm-}{alpine3.6,alpine3.7} 9-19:{,cli-,fpm-}alpine3.8 14-26:{,cli-,fpm-}alpine3.9 19-31:{,cli-,fpm-}alpine3.10 20-:{,apache-,cli-,fpm-}buster 26-:{,cli-,fpm-}alpine3.11 31-:{,cli-,fpm-}alpine3.12 -19=stretch 20-=buster|2010|35\n\
7.3|0-33|apache,cli,fpm,{,cli-,fpm-}alpine,~ -6:{,cli-,fpm-}alpine3.8 -29:{,apache-,cli-,fpm-}stretch 1-13:{,cli-,fpm-}alpine3.9 6-18:{,cli-,fpm-}alpine3.10 7-:{,apache-,cli-,fpm-}buster 13-26:{,cli-,fpm-}alpine3.11 19-28:{,cli-,fpm-}alpine3.12 26-:{,cli-,fpm-}alpine3.13 28-:{,cli-,fpm-}alpine3.14 29-:{,apache-,cli-,fpm-}bullseye 33:{,cli-,fpm-}alpine3.15 -6=stretch 7-28=buster 29-=bullseye|2111|35\n\
7.4|0-33|apache,cli,fpm,{,apache-,cli-,fpm-}buster,{,cli-,fpm-}alpine,~ -6:{,cli-,fpm-}alpine3.10 1-14:{,cli-,fpm-}alpine3.11 7-20:{,cli-,fpm-}alpine3.12 14-26:{,cli-,fpm-}alpine3.13 20-29:{,cli-,fpm-}alpine3.14 22-:{,apache-,cli-,fpm-}bullseye 26-:{,cli-,fpm-}alpine3.15 29-:{,cli-,fpm-}alpine3.16 -16=buster 18-21=buster 22-30=bullseye 32-=bullseye|2211|36\n\
8.0|0-30|apache,cli,fpm,{,apache-,cli-,fpm-}buster,{,cli-,fpm-}alpine,~ -7:{,cli-,fpm-}alpine3.12 1-13:{,cli-,fpm-}alpine3.13 7-19:{,cli-,fpm-}alpine3.14 9-:{,apache-,cli-,fpm-}bullseye 13-26:{,cli-,fpm-}alpine3.15 19-:{,cli-,fpm-}alpine3.16 -3=buster 5-8=buster 9-=bullseye|2308|33\n\
8.1|0-32|apache,cli,fpm,{,apache-,cli-,fpm-}bullseye,{,cli-,fpm-}alpine,~ -6:{,cli-,fpm-}alpine3.14 -13:{,cli-,fpm-}alpine3.15 -20:{,apache-,cli-,fpm-}buster 6-26:{,cli-,fpm-}alpine3.16 13-26:{,cli-,fpm-}alpine3.17 18-28:{,cli-,fpm-}alpine3.18 20-:{,apache-,cli-,fpm-}bookworm 26-31:{,cli-,fpm-}alpine3.19 28-:{,cli-,fpm-}alpine3.20 31-:{,cli-,fpm-}alpine3.21 -19=bullseye 20-=bookworm|2503|40\n\
8.2|0-28|apache,cli,fpm,{,apache-,cli-,fpm-}bullseye,{,cli-,fpm-}alpine,~ -5:{,cli-,fpm-}alpine3.16 -7:{,apache-,cli-,fpm-}buster -13:{,cli-,fpm-}alpine3.17 6-19:{,cli-,fpm-}alpine3.18 7-:{,apache-,cli-,fpm-}bookworm 13-26:{,cli-,fpm-}alpine3.19 19-:{,cli-,fpm-}alpine3.20 26-:{,cli-,fpm-}alpine3.21 -6=bullseye 7-=bookworm|2503|27\n\
8.3|0-21|apache,cli,fpm,{,apache-,cli-,fpm-}{bookworm,bullseye},{,cli-,fpm-}alpine,~ 0:{,cli-,fpm-}alpine3.17 -7:{,cli-,fpm-}alpine3.18 -14:{,cli-,fpm-}alpine3.19 7-:{,cli-,fpm-}alpine3.20 14-:{,cli-,fpm-}alpine3.21 -4=bookworm 6-17=bookworm 19-=bookworm|2505|18\n\
8.4|1-7|apache,cli,fpm,{,apache-,cli-,fpm-}{bookworm,bullseye},{,cli-,fpm-}{alpine,alpine3.20,alpine3.21},~ 0:{,cli-,fpm-}alpine3.19 =bookworm|2505|6";

/// `wordpress`, from `library/wordpress`.
pub(crate) const WORDPRESS: &str = "3.9|1-2|~|1408|2\n\
4.0|0-1|~|1411|2\n\
4.1|0-2|~ 1-:apache,fpm|1504|4\n\
4.2|1-4|apache,fpm,~|1508|4\n\
4.3|0-1|apache,fpm,~|1511|3\n\
4.4|0-2|apache,fpm,~|1602|2\n\
4.5|0-3|apache,fpm,~|1606|2\n\
4.6|0-1|apache,fpm,~ 1:php5.6,php7.0,{php5.6,php7.0}{-apache,-fpm}|1610|2\n\
4.7|0-5|php5.6,php7.0,php7.1,{,php5.6-,php7.0-,php7.1-}{apache,fpm,fpm-alpine},~|1705|5\n\
4.8|0-3|php5.6,php7.0,php7.1,{,php5.6-,php7.0-,php7.1-}{apache,fpm,fpm-alpine},~|1710|4\n\
4.9|0-8|php5.6,php7.0,php7.1,{,php5.6-,php7.0-,php7.1-}{apache,fpm,fpm-alpine},~ 1-:php7.2,php7.2-{apache,fpm,fpm-alpine}|1808|9\n\
5.0|0-3|php7.1,php7.2,{,php7.1-,php7.2-}{apache,fpm,fpm-alpine},~ -2:php5.6,php7.0,{php5.6-,php7.0-}{apache,fpm,fpm-alpine} 3:php7.3,php7.3-{apache,fpm,fpm-alpine}|1901|1\n\
5.1|0-1|php7.1,php7.2,php7.3,{,php7.1-,php7.2-,php7.3-}{apache,fpm,fpm-alpine},~|1903|1\n\
5.2|0-4|php7.1,php7.2,php7.3,{,php7.1-,php7.2-,php7.3-}{apache,fpm,fpm-alpine},~|1910|5\n\
5.3|0-2|php7.2,php7.3,php7.4,{,php7.2-,php7.3-,php7.4-}{apache,fpm,fpm-alpine},~ 0:php7.1,php7.1-{apache,fpm,fpm-alpine}|1912|1\n\
5.4|0-2|php7.2,php7.3,php7.4,{,php7.2-,php7.3-,php7.4-}{apache,fpm,fpm-alpine},~|2006|2\n\
5.5|0-3|php7.2,php7.3,php7.4,{,php7.2-,php7.3-,php7.4-}{apache,fpm,fpm-alpine},~|2010|2\n\
5.6|0-2|php7.3,php7.4,php8.0,{,php7.3-,php7.4-,php8.0-}{apache,fpm,fpm-alpine},~ 0:php7.2,php7.2-{apache,fpm,fpm-alpine}|2102|2\n\
5.7|0-2|php7.3,php7.4,php8.0,{,php7.3-,php7.4-,php8.0-}{apache,fpm,fpm-alpine},~|2105|2\n\
5.8|0-3|php7.3,php7.4,php8.0,{,php7.3-,php7.4-,php8.0-}{apache,fpm,fpm-alpine},~ 2-:php8.1,php8.1-{apache,fpm,fpm-alpine}|2201|6\n\
5.9|0-3|php7.4,php8.0,php8.1,{,php7.4-,php8.0-,php8.1-}{apache,fpm,fpm-alpine},~ -2:php7.3,php7.3-{apache,fpm,fpm-alpine}|2204|3\n\
6.0|0-3|php7.4,php8.0,php8.1,{,php7.4-,php8.0-,php8.1-}{apache,fpm,fpm-alpine},~|2210|5\n\
6.1|0-1|php7.4,php8.0,php8.1,{,php7.4-,php8.0-,php8.1-}{apache,fpm,fpm-alpine},~ 1:php8.2,php8.2-{apache,fpm,fpm-alpine}|2212|1\n\
6.2|0-2|php8.0,php8.1,php8.2,{,php8.0-,php8.1-,php8.2-}{apache,fpm,fpm-alpine},~|2305|2\n\
6.3|0-2|php8.0,php8.1,php8.2,{,php8.0-,php8.1-,php8.2-}{apache,fpm,fpm-alpine},~|2310|2\n\
6.4|0-3|php8.1,php8.2,{,php8.1-,php8.2-}{apache,fpm,fpm-alpine},~ -1:php8.0,php8.0-{apache,fpm,fpm-alpine} 1-:php8.3,php8.3-{apache,fpm,fpm-alpine}|2401|2\n\
6.5|0-5|php8.1,php8.2,php8.3,{,php8.1-,php8.2-,php8.3-}{apache,fpm,fpm-alpine},~|2406|2\n\
6.6|0-2|php8.1,php8.2,php8.3,{,php8.1-,php8.2-,php8.3-}{apache,fpm,fpm-alpine},~|2409|2\n\
6.7|0-2|php8.1,php8.2,php8.3,{,php8.1-,php8.2-,php8.3-}{apache,fpm,fpm-alpine},~ 2:php8.4,php8.4-{apache,fpm,fpm-alpine}|2503|4\n\
6.8|0-1|php8.1,php8.2,php8.3,php8.4,{,php8.1-,php8.2-,php8.3-,php8.4-}{apache,fpm,fpm-alpine},~|2504|0";

/// `wordpress-cli`, from the `cli` tags of `library/wordpress`.
pub(crate) const WORDPRESS_CLI: &str = "1.1|0|php5.6,php7.0,php7.1,~|1704|0\n\
1.2|1|php5.6,php7.0,php7.1,~|1706|0\n\
1.3|0|php5.6,php7.0,php7.1,~|1708|0\n\
1.4|0-1|php5.6,php7.0,php7.1,~ 1:php7.2|1712|2\n\
1.5|0-1|php5.6,php7.0,php7.1,php7.2,~|1804|3\n\
2.0|0-1|php5.6,php7.0,php7.1,php7.2,~|1808|0\n\
2.1|0|php5.6,php7.0,php7.1,php7.2,php7.3,~|1901|1\n\
2.2|0|php7.1,php7.2,php7.3,~|1905|1\n\
2.3|0|php7.1,php7.2,php7.3,~|1908|0\n\
2.4|0|php7.1,php7.2,php7.3,php7.4,php8.0,~|2101|14\n\
2.5|0|php7.3,php7.4,php8.0,php8.1,~|2112|7\n\
2.6|0|php7.3,php7.4,php8.0,php8.1,~|2201|0\n\
2.7|0-1|php7.4,php8.0,php8.1,~ 1:php8.2|2212|2\n\
2.8|1|php8.0,php8.1,php8.2,~|2306|0\n\
2.9|0|php8.0,php8.1,php8.2,php8.3,~|2312|2\n\
2.10|0|php8.1,php8.2,php8.3,~|2402|0\n\
2.11|0|php8.1,php8.2,php8.3,php8.4,~|2503|7\n\
2.12|0|php8.1,php8.2,php8.3,php8.4,~|2505|0";

/// `tomcat`, from `library/tomcat`.
pub(crate) const TOMCAT: &str = "6.0|41-53|jre7,~ 2-:jre8|1704|30\n\
7.0|56-109|~ -38:jre7 1-38:jre8 14-38:{,jre7-,jre8-}alpine 38-:jdk8,jdk8-openjdk|2104|78\n\
8.0|14-53|jre7,~ 1-:jre8 22-:{,jre7-,jre8-}alpine|1807|45\n\
8.5|0-100|~ -41:jre8 3-41:{,jre8-}alpine 24-31:jre9 30-35:jre10 34-41:jre11 41-:jdk11,jdk8 42-82:{jdk11,jdk8}-openjdk 57-59:jdk14,jdk14-openjdk 58-65:jdk15,jdk15-openjdk 64-72:jdk16,jdk16-openjdk 70-78:jdk16-{temurin,temurin-focal} 70-:jre11,jre8,{jdk11,jdk8,jre11,jre8}{-temurin,-temurin-focal} 71-78:jdk17,jdk17-openjdk 71-:jdk17-{temurin,temurin-focal} 73-:jre17-{temurin,temurin-focal} 81-:jdk17,jre17,{jdk11,jdk17,jdk8,jre11,jre17,jre8}-temurin-jammy 90-93:jdk21-openjdk 94-:jdk21,jre21,{jdk21,jre21}{-temurin,-temurin-jammy}|2403|95\n\
9.0|0-105|-2:alpine -13:~ -20:jre8,jre8-alpine 2-8:jre9 7-13:jre10 12-20:jre11 20-:jdk11,jdk8,~ 21-65:{jdk11,jdk8}-openjdk 37-39:jdk14,jdk14-openjdk 38-45:jdk15,jdk15-openjdk 44-54:jdk16,jdk16-openjdk 52-62:jdk16-{temurin,temurin-focal} 52-91:{jdk11,jdk8,jre11,jre8}-temurin-focal 52-:jre11,jre8,{jdk11,jdk8,jre11,jre8}-temurin 53-62:jdk17,jdk17-openjdk 53-91:jdk17-temurin-focal 53-:jdk17-temurin 56-91:jre17-temurin-focal 56-:jre17-temurin 64-:jdk17,jre17,{jdk11,jdk17,jdk8,jre11,jre17,jre8}-temurin-jammy 76-80:jdk21-openjdk 81-:jdk21,jre21,{jdk21,jre21}{-temurin,-temurin-jammy} 91-:{jdk11,jdk17,jdk21,jdk8,jre11,jre17,jre21,jre8}-temurin-noble|2505|109\n\
10.0|0-27|jdk11,jdk8,~ 0:jdk14,jdk14-openjdk -5:jdk15,jdk15-openjdk -23:{jdk11,jdk8}-openjdk 4-12:jdk16,jdk16-openjdk 10-20:jdk16-{temurin,temurin-focal} 10-:jre11,jre8,{jdk11,jdk8,jre11,jre8}{-temurin,-temurin-focal} 11-20:jdk17,jdk17-openjdk 11-:jdk17-{temurin,temurin-focal} 14-:jre17-{temurin,temurin-focal} 22-:jdk17,jre17,{jdk11,jdk17,jdk8,jre11,jre17,jre8}-temurin-jammy|2210|30\n\
10.1|0-41|jdk11,jdk17,jre11,jre17,{jdk11,jdk17,jre11,jre17}{-temurin,-temurin-jammy},~ 0:jdk16,jdk16-temurin,{jdk11,jdk16,jdk17,jre11,jre17}-temurin-focal,{jdk11,jdk16,jdk17}-openjdk 10-13:jdk21-openjdk 14-:jdk21,jre21,{jdk21,jre21}{-temurin,-temurin-jammy} 26-:{jdk11,jdk17,jdk21,jre11,jre17,jre21}-temurin-noble|2505|45\n\
11.0|0-7|jdk21,jre21,{jdk21-,jre21-}{temurin,temurin-jammy,temurin-noble},~ 0:jdk17,jre17,{jdk17,jre17}{-temurin,-temurin-jammy} 2-:jdk17,jre17,{jdk17-,jre17-}{temurin,temurin-jammy,temurin-noble} !2!0:jdk11,jdk21-openjdk,jre11,{jdk11,jre11}{-temurin,-temurin-jammy}|2505|29";

/// `rabbitmq`, from `library/rabbitmq`.
pub(crate) const RABBITMQ: &str = "3.4|2-4|management,~|1502|2\n\
3.5|0-7|management,~|1512|9\n\
3.6|0-16|management,~ 6-:{,management-}alpine|1806|30\n\
3.7|0-28|management,{,management-}alpine,~|2008|32\n\
3.8|0-34|management,{,management-}alpine,~|2206|32\n\
3.9|0-29|management,{,management-}alpine,~|2303|20\n\
3.10|0-25|management,{,management-}alpine,~|2307|14\n\
3.11|0-28|management,{,management-}alpine,~|2312|15\n\
3.12|0-14|management,{,management-}alpine,~|2405|11\n\
3.13|0-7|management,{,management-}alpine,~|2409|7\n\
4.0|0-9|management,{,management-}alpine,~|2504|7\n\
4.1|0|management,{,management-}alpine,~|2504|0";

/// `registry`, from `library/registry`.
pub(crate) const REGISTRY: &str = "0|5.9 6.0-9 7.0-3 8.0-1 9.0-1|~|1501|14\n\
2|0.0-1 1.1 2.0-1 3.0-1 4.0-1 5.0-2 6.0-2 7.0-1 8.0-3|~|2504|120\n\
3|0.0|~|2504|0";

/// `centos`, from `library/centos`.
pub(crate) const CENTOS: &str = "5|11|~|1607|18\n\
6|6-10|~|1808|43\n\
7|0.1406 1.1503 2.1511 3.1611 4.1708 5.1804 6.1810 7.1908 8.2003 9.2009|~|2011|70\n\
8|1.1911 2.2004 3.2011 4.2105|~|2106|17";

/// `rockylinux`, from `library/rockylinux`.
pub(crate) const ROCKYLINUX: &str = "8|5.20220308 6.20220707 6.20227707 7.20221219 7.20230215 8.20230518 9.20231119|0:~ 1:minimal 2-:~ 3-:minimal|2311|20\n\
9|0.20220712 0.20220720 1.20221123 1.20221221 1.20230215 2.20230513 3.20231119|minimal,~|2311|16";

/// `fedora`, from `library/fedora`.
pub(crate) const FEDORA: &str = "20|=|~|1605|29\n\
21|=|~|1605|22\n\
22|=|~|1605|12\n\
23|=|~|1606|7\n\
24|=|~|1611|5\n\
25|=|~|1707|8\n\
26|=|modular,~|1711|4\n\
27|=|~|1908|21\n\
28|=|~|1811|8\n\
29|=|~|1906|10\n\
30|=|~|1910|11\n\
31|=|~|2006|15\n\
32|=|~|2010|14\n\
33|=|~|2104|14\n\
34|=|~|2111|15\n\
35|=|~|2205|15\n\
36|=|~|2211|13\n\
37|=|~|2304|13\n\
38|=|~|2402|15\n\
39|=|~|2404|13\n\
40|=|~|2503|18\n\
41|=|~|2504|14\n\
42|=|~|2504|8\n\
43|=|~|2503|0";

/// `amazonlinux`, from `library/amazonlinux`.
pub(crate) const AMAZONLINUX: &str = "1|=|~|2312|72\n\
2|0.20250414.0 0.20250428.0 0.20250512.0|~|2505|1\n\
2016|09.0.20161028 09.0.20161118 09.1.20161221|~|1704|5\n\
2017|12.0.20171212.2 12.0.20180222 12.0.20180330|~|1804|4\n\
2018|03.0.20231106.0 03.0.20231206.1 03.0.20231218.0|~|2312|1\n\
2022|0.20221101.0 0.20221207.4 0.20230118.3|~|2302|3\n\
2023|7.20250414.0 7.20250428.1 7.20250512.0|~|2505|1";

/// `traefik`, from `library/traefik`.
pub(crate) const TRAEFIK: &str = "1.0|0-3|~|1611|4\n\
1.1|0-2|alpine,~|1704|5\n\
1.2|0-3|alpine,~|1704|1\n\
1.3|0-8|alpine,~|1709|4\n\
1.4|0-6|alpine,~|1801|3\n\
1.5|0-4|alpine,~|1803|2\n\
1.6|0-6|alpine,~|1808|4\n\
1.7|0-34|alpine,~|2112|39\n\
2.0|0-7|~ ^2@0:alpine|1912|3\n\
2.1|0-9|~|2003|3\n\
2.2|0-11|~|2009|6\n\
2.3|0-7|~|2101|4\n\
2.4|0-14|~|2108|7\n\
2.5|0-7|~|2201|5\n\
2.6|0-7|~|2205|4\n\
2.7|0-3|~|2206|1\n\
2.8|0-8|~|2209|3\n\
2.9|1-10|~|2304|6\n\
2.10|0-7|~|2401|9\n\
2.11|0-25|~|2505|15\n\
3.0|0-4|~|2407|3\n\
3.1|0-7|~|2410|3\n\
3.2|0-5|~|2501|3\n\
3.3|0-7|~|2505|4\n\
3.4|0-1|~|2505|0";

/// `caddy`, from `library/caddy`.
pub(crate) const CADDY: &str = "2.0|0|alpine,builder,~|2005|0\n\
2.1|0-1|alpine,builder,~ 1:builder-alpine|2009|3\n\
2.2|0-1|builder,{,builder-}alpine,~|2101|4\n\
2.3|0|builder,{,builder-}alpine,~|2105|4\n\
2.4|0-6|builder,{,builder-}alpine,~|2111|6\n\
2.5|0-2|builder,{,builder-}alpine,~|2207|3\n\
2.6|0-4|builder,{,builder-}alpine,~|2302|5\n\
2.7|2-6|builder,{,builder-}alpine,~|2312|4\n\
2.8|0-4|builder,{,builder-}alpine,~|2406|1\n\
2.9|1|builder,{,builder-}alpine,~|2501|0\n\
2.10|0|builder,{,builder-}alpine,~|2504|0";

/// `elasticsearch`, from `library/elasticsearch`.
pub(crate) const ELASTICSEARCH: &str = "1.3|7-9|~|1603|13\n\
1.4|2-5|~|1606|16\n\
1.5|0-2|~|1606|15\n\
1.6|0-2|~|1606|12\n\
1.7|0-6|~ 6:alpine|1612|17\n\
2.0|0-2|~|1606|10\n\
2.1|0-2|~|1606|7\n\
2.2|0-2|~|1606|4\n\
2.3|0-5|~|1608|5\n\
2.4|0-6|~ 2-:alpine|1710|14\n\
5.0|0-2|~|1611|7\n\
5.1|1-2|alpine,~|1701|1\n\
5.2|0-2|alpine,~|1703|2\n\
5.3|0-2|alpine,~|1704|0\n\
5.4|0-3|alpine,~|1706|1\n\
5.5|0-2|alpine,~|1708|1\n\
5.6|3-16|alpine,~|1903|17\n\
6.0|0-1|~|1712|1\n\
6.1|0-4|~|1803|3\n\
6.2|0-4|~|1804|2\n\
6.3|0-2|~|1807|1\n\
6.4|0-3|~|1811|1\n\
6.5|0-4|~|1812|1\n\
6.6|0-2|~|1903|1\n\
6.7|0-2|~|1905|2\n\
6.8|0-23|~|2201|32\n\
7.0|0-1|~|1905|1\n\
7.1|0-1|~|1905|0\n\
7.2|0-1|~|1908|2\n\
7.3|0-2|~|1909|2\n\
7.4|0-2|~|1910|0\n\
7.5|0-2|~|2001|1\n\
7.6|0-2|~|2003|1\n\
7.7|0-1|~|2006|1\n\
7.8|0-1|~|2007|1\n\
7.9|0-3|~|2010|2\n\
7.10|1|~|2012|0\n\
7.11|1-2|~|2103|1\n\
7.12|0-1|~|2104|1\n\
7.13|0-4|~|2107|1\n\
7.14|0-2|~|2110|2\n\
7.16|1-3|~|2201|1\n\
7.17|0-28|~|2502|36\n\
8.0|0-1|~|2203|1\n\
8.1|0-3|~|2204|1\n\
8.2|0-3|~|2206|1\n\
8.3|1-3|~|2207|1\n\
8.4|0-3|~|2210|2\n\
8.5|0-3|~|2212|1\n\
8.6|0-2|~|2302|1\n\
8.7|0-1|~|2305|2\n\
8.8|0-2|~|2308|3\n\
8.9|0-2|~|2309|1\n\
8.10|1-4|~|2311|2\n\
8.11|0-4|~|2401|2\n\
8.12|0-2|~|2402|1\n\
8.13|0-4|~|2405|2\n\
8.14|0-3|~|2407|1\n\
8.15|0-5|~|2411|3\n\
8.16|0-6|~|2503|4\n\
8.17|0-6|~|2505|5\n\
8.18|0-2|~|2505|1\n\
9.0|1|~|2505|0";

/// `kibana`, from `library/kibana`.
pub(crate) const KIBANA: &str = "4.0|2-3|~|1606|12\n\
4.1|0-11|~|1612|18\n\
4.2|0-2|~|1606|9\n\
4.3|0-3|~|1606|7\n\
4.4|0-2|~|1606|4\n\
4.5|0-4|~|1608|5\n\
4.6|0-6|~|1710|14\n\
5.0|0-2|~|1611|7\n\
5.1|1-2|~|1701|1\n\
5.2|0-2|~|1703|2\n\
5.3|0-2|~|1704|1\n\
5.4|0-3|~|1706|1\n\
5.5|0-2|~|1708|1\n\
5.6|0-16|~|1903|17\n\
6.0|0-1|~|1712|1\n\
6.1|0-4|~|1803|3\n\
6.2|0-4|~|1804|2\n\
6.3|0-2|~|1807|1\n\
6.4|0-3|~|1811|1\n\
6.5|0-4|~|1812|1\n\
6.6|0-2|~|1903|1\n\
6.7|0-2|~|1905|2\n\
6.8|0-23|~|2201|32\n\
7.0|0-1|~|1905|1\n\
7.1|0-1|~|1905|0\n\
7.2|0-1|~|1908|2\n\
7.3|0-2|~|1909|2\n\
7.4|0-2|~|1910|0\n\
7.5|0-2|~|2001|1\n\
7.6|0-2|~|2003|1\n\
7.7|0-1|~|2006|1\n\
7.8|0-1|~|2007|1\n\
7.9|0-3|~|2010|2\n\
7.10|1|~|2012|0\n\
7.11|1-2|~|2103|1\n\
7.12|0-1|~|2104|1\n\
7.13|0-4|~|2107|1\n\
7.14|0-2|~|2110|2\n\
7.16|1-3|~|2201|1\n\
7.17|0-28|~|2502|36\n\
8.0|0-1|~|2203|1\n\
8.1|0-3|~|2204|1\n\
8.2|0-3|~|2206|1\n\
8.3|1-3|~|2207|1\n\
8.4|0-3|~|2210|2\n\
8.5|0-3|~|2212|1\n\
8.6|0-2|~|2302|1\n\
8.7|0-1|~|2305|2\n\
8.8|0-2|~|2308|3\n\
8.9|0-2|~|2309|1\n\
8.10|1-4|~|2311|2\n\
8.11|0-4|~|2401|2\n\
8.12|0-2|~|2402|1\n\
8.13|0-4|~|2405|2\n\
8.14|0-3|~|2407|1\n\
8.15|0-5|~|2411|3\n\
8.16|0-6|~|2503|4\n\
8.17|0-6|~|2505|5\n\
8.18|0-2|~|2505|1\n\
9.0|1|~|2505|0";

/// `ruby`, from `library/ruby`.
pub(crate) const RUBY: &str = "1.9|3-p547 3-p550-551|~ 2:slim,wheezy|1502|6\n\
2.0|0-p576 0-p594 0-p598 0-p643 0-p645 0-p647-648|~ 2-4:wheezy 2-:slim|1602|17\n\
2.1|2-10|~ 3-4:wheezy 3-:slim 6-:alpine|1608|26\n\
2.2|0-10|slim,~ -2:wheezy 4-:alpine 7-:alpine3.4,{,slim-}jessie 7-=jessie|1803|39\n\
2.3|0-8|alpine,slim,~ 4-7:alpine3.4 4-:{,slim-}jessie 6-:{,slim-}stretch 7-:alpine3.7,alpine3.8 4-6=jessie 7-=stretch|1810|34\n\
2.4|0-10|alpine,slim,~ 1-4:alpine3.4 1-5:alpine3.6 1-6:{,slim-}jessie 1-:{,slim-}stretch 2-5:alpine3.7 5-6:alpine3.8 5-9:alpine3.9 6-:alpine3.10,{,slim-}buster 9-:alpine3.11 1-3=jessie 4-5=stretch 6-=buster|2003|39\n\
2.5|0-9|alpine,slim,{,slim-}stretch,~ -3:alpine3.7 3-5:alpine3.8 3-7:alpine3.9 5-8:alpine3.10 5-:{,slim-}buster 7-8:alpine3.11 8-:alpine3.12,alpine3.13 -1=stretch 3-4=stretch 5-=buster|2104|40\n\
2.6|0-10|alpine,slim,~ 0:alpine3.7 -3:alpine3.8 -8:{,slim-}stretch 1-5:alpine3.9 3-6:alpine3.10 3-:{,slim-}buster 5-6:alpine3.11 6-8:alpine3.12 6-9:alpine3.13 8-:alpine3.14,{,slim-}bullseye 9-:alpine3.15 -2=stretch 3-7=buster 8-=bullseye|2204|40\n\
2.7|0-8|alpine,slim,{,slim-}buster,~ -1:alpine3.10 -2:alpine3.11 1-4:alpine3.12 2-5:alpine3.13 4-6:alpine3.14 4-:{,slim-}bullseye 5-7:alpine3.15 6-:alpine3.16 -3=buster 4-=bullseye|2303|39\n\
3.0|0-7|alpine,slim,{,slim-}buster,~ -2:alpine3.12 -3:alpine3.13 2-4:alpine3.14 2-:{,slim-}bullseye 3-5:alpine3.15 4-:alpine3.16 -1=buster 2-=bullseye|2404|40\n\
3.1|0-7|alpine,slim,{,slim-}bullseye,~ -2:alpine3.14 -3:alpine3.15 -4:{,slim-}buster 2-4:alpine3.16 3-4:alpine3.17 4-5:alpine3.18 4-6:alpine3.19 4-:{,slim-}bookworm 5-:alpine3.20 6-:alpine3.21 -3=bullseye 4-=bookworm|2503|39\n\
3.2|0-8|alpine,slim,{,slim-}bullseye,~ -2:alpine3.16,alpine3.17,{,slim-}buster 2-4:alpine3.18 2-6:alpine3.19 2-:{,slim-}bookworm 4-:alpine3.20 6-:alpine3.21 8:alpine3.22 -1=bullseye 2-=bookworm|2505|29\n\
3.3|0-8|alpine,slim,{,slim-}{bookworm,bullseye},~ -1:alpine3.18 -6:alpine3.19 1-:alpine3.20 6-:alpine3.21 8:alpine3.22 =bookworm|2505|17\n\
3.4|1-4|alpine,alpine3.20,alpine3.21,slim,{,slim-}{bookworm,bullseye},~ 3:alpine3.22 =bookworm|2505|5";

/// `rust`, from `library/rust`.
pub(crate) const RUST: &str = "1.19|0|jessie,stretch,~ =stretch|1708|0\n\
1.20|0|jessie,stretch,~ =stretch|1708|0\n\
1.21|0|jessie,stretch,~ =stretch|1710|0\n\
1.22|1|jessie,stretch,~ =stretch|1711|0\n\
1.23|0|jessie,stretch,~ =stretch|1801|0\n\
1.24|0-1|jessie,stretch,~ =stretch|1803|1\n\
1.25|0|slim,{,slim-}{jessie,stretch},~ =stretch|1804|1\n\
1.26|0-2|slim,{,slim-}{jessie,stretch},~ =stretch|1806|1\n\
1.27|0-2|slim,{,slim-}{jessie,stretch},~ =stretch|1807|1\n\
1.28|0|slim,{,slim-}{jessie,stretch},~ =stretch|1809|1\n\
1.29|0-2|slim,{,slim-}stretch,~ =stretch|1810|1\n\
1.30|0-1|slim,{,slim-}stretch,~ =stretch|1811|1\n\
1.31|0-1|slim,{,slim-}stretch,~ =stretch|1812|0\n\
1.32|0|slim,{,slim-}stretch,~ =stretch|1901|0\n\
1.33|0|slim,{,slim-}stretch,~ =stretch|1902|0\n\
1.34|0-2|slim,{,slim-}stretch,~ =stretch|1905|1\n\
1.35|0|slim,{,slim-}stretch,~ =stretch|1905|0\n\
1.36|0|slim,{,slim-}{buster,stretch},~ =stretch|1907|0\n\
1.37|0|alpine,alpine3.10,slim,{,slim-}{buster,stretch},~ =buster|1909|1\n\
1.38|0|alpine,alpine3.10,slim,{,slim-}{buster,stretch},~ =buster|1909|0\n\
1.39|0|alpine,alpine3.10,slim,{,slim-}{buster,stretch},~ =buster|1911|0\n\
1.40|0|alpine,alpine3.10,alpine3.11,slim,{,slim-}{buster,stretch},~ =buster|2001|1\n\
1.41|0-1|alpine,alpine3.10,alpine3.11,slim,{,slim-}{buster,stretch},~ =buster|2002|1\n\
1.42|0|alpine,alpine3.10,alpine3.11,slim,{,slim-}{buster,stretch},~ =buster|2003|0\n\
1.43|0-1|alpine,alpine3.10,alpine3.11,slim,{,slim-}{buster,stretch},~ =buster|2005|1\n\
1.44|0-1|alpine,alpine3.11,slim,{,slim-}{buster,stretch},~ 0:alpine3.10 1:alpine3.12 =buster|2006|0\n\
1.45|0-2|alpine,alpine3.11,alpine3.12,slim,{,slim-}{buster,stretch},~ =buster|2008|1\n\
1.46|0|alpine,alpine3.11,alpine3.12,slim,{,slim-}buster,~ =buster|2008|0\n\
1.47|0|alpine,alpine3.11,alpine3.12,slim,{,slim-}buster,~ =buster|2010|0\n\
1.48|0|alpine,alpine3.11,alpine3.12,slim,{,slim-}buster,~ =buster|2011|0\n\
1.49|0|alpine,alpine3.11,alpine3.12,slim,{,slim-}buster,~ =buster|2012|0\n\
1.50|0|alpine,alpine3.12,alpine3.13,slim,{,slim-}buster,~ =buster|2102|0\n\
1.51|0|alpine,alpine3.12,alpine3.13,slim,{,slim-}{bullseye,buster},~ =buster|2104|1\n\
1.52|0-1|alpine,alpine3.12,alpine3.13,slim,{,slim-}{bullseye,buster},~ =buster|2105|0\n\
1.53|0|alpine,alpine3.12,alpine3.13,slim,{,slim-}{bullseye,buster},~ =buster|2106|0\n\
1.54|0|alpine,alpine3.13,alpine3.14,slim,{,slim-}{bullseye,buster},~ =buster|2107|0\n\
1.55|0|alpine,alpine3.13,alpine3.14,slim,{,slim-}{bullseye,buster},~ =bullseye|2109|0\n\
1.56|0-1|alpine,alpine3.13,alpine3.14,slim,{,slim-}{bullseye,buster},~ =bullseye|2111|1\n\
1.57|0|alpine,alpine3.13,alpine3.14,slim,{,slim-}{bullseye,buster},~ =bullseye|2112|0\n\
1.58|0-1|alpine,alpine3.14,alpine3.15,slim,{,slim-}{bullseye,buster},~ =bullseye|2201|0\n\
1.59|0|alpine,alpine3.14,alpine3.15,slim,{,slim-}{bullseye,buster},~ =bullseye|2202|0\n\
1.60|0|alpine,alpine3.14,alpine3.15,slim,{,slim-}{bullseye,buster},~ =bullseye|2204|0\n\
1.61|0|alpine,alpine3.14,alpine3.15,alpine3.16,slim,{,slim-}{bullseye,buster},~ =bullseye|2206|1\n\
1.62|0-1|alpine,alpine3.15,alpine3.16,slim,{,slim-}{bullseye,buster},~ =bullseye|2207|1\n\
1.63|0|alpine,alpine3.15,alpine3.16,slim,{,slim-}{bullseye,buster},~ =bullseye|2208|0\n\
1.64|0|alpine,alpine3.15,alpine3.16,slim,{,slim-}{bullseye,buster},~ =bullseye|2209|0\n\
1.65|0|alpine,alpine3.15,alpine3.16,slim,{,slim-}{bullseye,buster},~ =bullseye|2211|0\n\
1.66|0-1|alpine,alpine3.16,alpine3.17,slim,{,slim-}{bullseye,buster},~ =bullseye|2301|1\n\
1.67|0-1|alpine,alpine3.16,alpine3.17,slim,{,slim-}{bookworm,bullseye,buster},~ =bullseye|2302|1\n\
1.68|0-2|alpine,alpine3.16,alpine3.17,slim,{,slim-}{bookworm,bullseye,buster},~ =bullseye|2303|0\n\
1.69|0|alpine,alpine3.16,alpine3.17,slim,{,slim-}{bookworm,bullseye,buster},~ =bullseye|2304|0\n\
1.70|0|alpine,alpine3.17,alpine3.18,slim,{,slim-}{bookworm,bullseye,buster},~ =bullseye|2306|0\n\
1.71|0-1|alpine,alpine3.17,alpine3.18,slim,{,slim-}{bookworm,bullseye,buster},~ =bullseye|2308|1\n\
1.72|0-1|alpine,alpine3.17,alpine3.18,slim,{,slim-}{bookworm,bullseye,buster},~ 0:{,slim-}trixie =bookworm|2309|1\n\
1.73|0|alpine,alpine3.17,alpine3.18,slim,{,slim-}{bookworm,bullseye,buster},~ =bookworm|2310|0\n\
1.74|0-1|alpine,alpine3.17,alpine3.18,slim,{,slim-}{bookworm,bullseye,buster},~ =bookworm|2312|1\n\
1.75|0|alpine,alpine3.18,alpine3.19,slim,{,slim-}{bookworm,bullseye,buster},~ =bookworm|2312|0\n\
1.76|0|alpine,alpine3.18,alpine3.19,slim,{,slim-}{bookworm,bullseye,buster},~ =bookworm|2402|0\n\
1.77|0-2|alpine,alpine3.18,alpine3.19,slim,{,slim-}{bookworm,bullseye,buster},~ =bookworm|2404|1\n\
1.78|0|alpine,alpine3.18,alpine3.19,alpine3.20,slim,{,slim-}{bookworm,bullseye,buster},~ =bookworm|2405|0\n\
1.79|0|alpine,alpine3.19,alpine3.20,slim,{,slim-}{bookworm,bullseye,buster},~ =bookworm|2406|0\n\
1.80|0-1|alpine,alpine3.19,alpine3.20,slim,{,slim-}{bookworm,bullseye},~ =bookworm|2408|1\n\
1.81|0|alpine,alpine3.19,alpine3.20,slim,{,slim-}{bookworm,bullseye},~ =bookworm|2409|0\n\
1.82|0|alpine,alpine3.19,alpine3.20,slim,{,slim-}{bookworm,bullseye},~ =bookworm|2410|0\n\
1.83|0|alpine,alpine3.19,alpine3.20,alpine3.21,slim,{,slim-}{bookworm,bullseye},~ =bookworm|2412|1\n\
1.84|0-1|alpine,alpine3.20,alpine3.21,slim,{,slim-}{bookworm,bullseye},~ =bookworm|2501|0\n\
1.85|0-1|alpine,alpine3.20,alpine3.21,slim,{,slim-}{bookworm,bullseye},~ =bookworm|2503|1\n\
1.86|0|alpine,alpine3.20,alpine3.21,slim,{,slim-}{bookworm,bullseye},~ =bookworm|2504|0\n\
1.87|0|alpine,alpine3.20,alpine3.21,alpine3.22,slim,{,slim-}{bookworm,bullseye},~ =bookworm|2505|0";

/// Dated builds of Ubuntu and Debian releases, one release a line: `FAMILY CODE SKIP DAYS`.
/// DAYS are the build dates, each one base-36 digit (days since the date before, below 35) or
/// `z` and three (days since 2010-01-01), with `.N` after one for rebuild N of that day (one
/// base-36 digit: `artful-20170511.1`). Debian's `-slim` builds are the dates from the SKIP-th
/// on (`-`: none). Aliases (`stable-20200130`) have the dates of the release they named.
pub(crate) const SNAPSHOTS: &str = "ubuntu artful - z22n.1lirctlkdsz29hbz2arz2bz5z2d5z2ec\n\
ubuntu bionic - z27uu6z29uuz2bxguz2ege.1sz2h8pmz2jwdvz2mglsz2otkz2qd.1sjyz2trz2utlnz2xiz2yhdpriz32fz343z352vmqy.1hlz3a8yz3dvnwehecyz3jns4bz3luz3n0fz3oly7z3qpz3s1\n\
ubuntu cosmic - z2dhz2em9rfz2h8rz2iyy9z2l8z2maruz2ou\n\
ubuntu disco - z2hxz2izthyz2mfmtz2otmz2qesjsz2tt\n\
ubuntu eoan - z2muz2nvx.1ryvfqz2ttoz2vgsz2xv\n\
ubuntu focal - z2rpuz2tuz2vmz2wlz2xtrh9z30n9dtz344tz35x7fz381yaz3a8pfz3dv8z3ffejbbz3hxz3jnprrz3n0z3oly7z3qpz3s7jz3tsz3vjz3x3dz3ynoz40t6bxz45anz4as\n\
ubuntu groovy - z2wxz2xwpjkuav.1y.2z340z355s0.1msalta\n\
ubuntu hirsute - z32fz344z354z364lm8bz38xcxnz3c8vz3e3\n\
ubuntu impish - z37giz38xbz3a8whiz3dvnwfjbcy\n\
ubuntu jammy - z3bzoz3drtuekh7xz3jnez3lehctz3oly7z3r2rejz3tvcviz3x3d.1veifz40obbxs.1z445y.1z48wz4asb.1z4cc\n\
ubuntu kinetic - z3h0z3hzz3jntnw8tz3olmjz3qpz3s7j\n\
ubuntu lunar - z3n79z3oj.14wdw5woz3trgz3vkz3x3\n\
ubuntu mantic - z3ri.19ihik6.1coefz3x3z3ympz40obbx\n\
ubuntu noble - z3x1.1i7od.1gdz40q.1g6v6z43yq.18.1z45v24y.1z48xz4asb.1z4cb\n\
ubuntu oracular - z424lz448.1x5lz471z49qz4bg\n\
ubuntu plucky - z46sdjz4aqdz4c3\n\
ubuntu precise - z1fwg.bkz1hyvfexfz1m4q8z1o7vz1q68787cq8ntdz1vaz1w9.1z1xdlgz209z21i\n\
ubuntu questing - z4bwi\n\
ubuntu trusty - z1g2.1a.bkz1hyvfiu78z1mb8c7z1o7awt95d26d7c9.1nthmhq9.1dqmlz1zjqz21hz239it9kz27xkz29hbz2auz2bz8z2dcz2eiqz2gpz2i0wz2jwz2l2z2mhkz2rxz2t1\n\
ubuntu utopic - z1fvh.bju9vfd\n\
ubuntu vivid - z1g2ja.1x6vez1knbz1malg5rz1pg\n\
ubuntu wily - z1it.1ern7bbz1mg3az1o7z1pfreedq9n7y\n\
ubuntu xenial - z1oh.1w.16n.296.1b.43e.1mbmz1tv77r9r9.1hz1xp7mz1zjqz21s7.1n7.1xlnz266lz27uhz29h.1bz2asz2bz5z2d6z2ebldz2gvz2hyz2ixz2jwvz2mhkqz2ovz2q5z2r5efyxtz2vtz2x6z2y6hwrdsgz33zz36jdz383z398d\n\
ubuntu yakkety - z1u49k.1ko4.1kmhmmz20jvz22t.1xf\n\
ubuntu zesty - z1y4.1dz1ziz20jz21tz22t.1xez2642z27u8\n\
debian bookworm 0 z39xhpez3cggjz3efygclliqjlllmkllelo6jlmlkllmklfkllsnkctsfkujllnmkqllllllllm\n\
debian bullseye 0 z2ojz2pityz2s8z2t8z2u9pwi8j3oz2z1ez30fyz32dmxsvf3axz38duqhpez3cggjz3efygclliqjlllmkllelo6jlmlkllmklfkllsnkctsfkujllnmkqllllllllm\n\
debian buster 11 z23rxz25ywz28kz2adrz2cdz2e1lz2fwz2h1wz2j5rdoqz2msz2nrsz2pityz2s8z2t8z2u9pwi8j3oz2z1ez30fyz32dmxsvf3axz38duqhpez3cggjz3efygclliqjlllmkllelo6jlmlkllmklfkllsnkctsfku\n\
debian jessie 12 z23dexz25ywz28kz2adrz2cdz2e1lz2fwz2h1wz2j5rdoqz2msz2nrsz2pityz2s8z2t8z2u9pwi8j3oz2z1ez30fyz32dmxsvf\n\
debian stretch 12 z23dexz25ywz28kz2adrz2cdz2e1lz2fwz2h1wz2j5rdoqz2msz2nrsz2pityz2s8z2t8z2u9pwi8j3oz2z1ez30fyz32dmxsvf3axz38duqhpez3cggjz3efygclliq\n\
debian trixie 0 z3selmklfkllsnkctj9fkujllnmkqllllllllm\n\
debian wheezy 12 z23dexz25ywz28kz2adrz2cdz2e1lz2fwz2h1wz2j5rdo";

/// The table of a repository by name (empty when it has none), and the dated builds as
/// `~snapshots` (no repository name has a `~`): every table is read through here.
pub(crate) fn table(name: &str) -> &'static str {
    match name {
        "node" => NODE,
        "python" => PYTHON,
        "ubuntu" => UBUNTU,
        "debian" => DEBIAN,
        "alpine" => ALPINE,
        "busybox" => BUSYBOX,
        "nginx" => NGINX,
        "httpd" => HTTPD,
        "mysql" => MYSQL,
        "mariadb" => MARIADB,
        "postgres" => POSTGRES,
        "redis" => REDIS,
        "mongo" => MONGO,
        "golang" => GOLANG,
        "openjdk" => OPENJDK,
        "eclipse-temurin" => ECLIPSE_TEMURIN,
        "amazoncorretto" => AMAZONCORRETTO,
        "php" => PHP,
        "wordpress" => WORDPRESS,
        "wordpress-cli" => WORDPRESS_CLI,
        "tomcat" => TOMCAT,
        "rabbitmq" => RABBITMQ,
        "registry" => REGISTRY,
        "centos" => CENTOS,
        "rockylinux" => ROCKYLINUX,
        "fedora" => FEDORA,
        "amazonlinux" => AMAZONLINUX,
        "traefik" => TRAEFIK,
        "caddy" => CADDY,
        "elasticsearch" => ELASTICSEARCH,
        "kibana" => KIBANA,
        "ruby" => RUBY,
        "rust" => RUST,
        "~snapshots" => SNAPSHOTS,
        _ => "",
    }
}
