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
//! the tag suffixes the line ever had (`~` is none), comma-separated, `{a,b}{-c,-d}` standing for
//! every pairing; each applies to every version of the line (a group may be limited to the
//! versions LO..=HI of the expanded list by a `LO-HI:` prefix, as the format allows). LAST is the
//! month (YYMM) the line last got a new build, MONTHS how long before that its first came out.

/// `node`.
pub(crate) const NODE: &str = "0.8|28|slim,wheezy,~|1508|12\n\
0.10|28-48|slim,wheezy,~|1610|28\n\
0.11|13-16|slim,~|1502|6\n\
0.12|0-18|slim,wheezy,~|1612|22\n\
4|0.0 1.0-2 2.0-6 3.0-2 4.0-7 5.0 6.0-2 7.0-3 8.0-7 9.0-1|alpine,slim,stretch,wheezy,~|1803|30\n\
5|0.0 1.0-1 2.0 3.0 4.0-1 5.0 6.0 7.0-1 8.0 9.0-1 10.0-1 11.0-1 12.0|slim,wheezy,~|1608|10\n\
6|0.0 1.0 2.0-2 3.0-1 4.0 5.0 6.0 7.0 8.0-1 9.0-5 10.0-3 11.0-5 12.0-3 13.0-1 14.0-4 15.0-1 16.0 17.0-1|alpine,jessie,stretch,wheezy,{,jessie-,stretch-}slim,~|1904|36\n\
7|0.0 1.0 2.0-1 3.0 4.0 5.0 6.0 7.0-4 8.0 9.0 10.0-1|alpine,slim,stretch,wheezy,~|1707|9\n\
8|0.0 1.0-4 2.0-1 3.0 4.0 5.0 6.0 7.0 8.0-1 9.0-4 10.0 11.0-4 12.0 13.0 14.0-1 15.0-1 16.0-2 17.0|alpine,alpine3.10,alpine3.11,alpine3.9,buster,jessie,stretch,wheezy,{,buster-,jessie-,stretch-}slim,~|1912|31\n\
9|0.0 1.0 2.0-1 3.0 4.0 5.0 6.0-1 7.0-1 8.0 9.0 10.0-1 11.1-2|alpine,jessie,slim,stretch,wheezy,~|1806|7\n\
10|0.0 1.0 2.0-1 3.0 4.0-1 5.0 6.0 7.0 8.0 9.0 10.0 11.0 12.0 13.0 14.0-2 15.0-3 16.0-3 17.0 18.0-1 19.0 20.0-1 21.0 22.0-1 23.0-3 24.0-1|alpine,alpine3.10,alpine3.11,alpine3.9,buster,jessie,stretch,wheezy,{,buster-,jessie-,stretch-}slim,~|2104|36\n\
11|0.0 1.0 2.0 3.0 4.0 5.0 6.0 7.0 8.0 9.0 10.0-1 11.0 12.0 13.0 14.0 15.0|alpine,slim,stretch,stretch-slim,~|1905|7\n\
12|0.0 1.0 2.0 3.0-1 4.0 5.0 6.0 7.0 8.0-1 9.0-1 10.0 11.0-1 12.0 13.0-1 14.0-1 15.0 16.0-3 17.0 18.0-4 19.0-1 20.0-2 21.0 22.0-12|alpine,alpine3.10,alpine3.11,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.9,bullseye,buster,stretch,{,bullseye-,buster-,stretch-}slim,~|2204|36\n\
13|0.0-1 1.0 2.0 3.0 4.0 5.0 6.0 7.0 8.0 10.1 11.0 12.0 13.0 14.0|alpine,alpine3.10,alpine3.11,buster,stretch,{,buster-,stretch-}slim,~|2004|6\n\
14|0.0 1.0 2.0 3.0 4.0 5.0 6.0 7.0 8.0 9.0 10.0-1 11.0 12.0 13.0-1 14.0 15.0-5 16.0-1 17.0-6 18.0-3 19.0-3 20.0-1 21.0-3|alpine,alpine3.10,alpine3.11,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,bullseye,buster,stretch,{,bullseye-,buster-,stretch-}slim,~|2302|34\n\
15|0.0-1 1.0 2.0-1 3.0 4.0 5.0-1 6.0 7.0 8.0 9.0 10.0 11.0 12.0 13.0 14.0|alpine,alpine3.10,alpine3.11,alpine3.12,alpine3.13,buster,stretch,{,buster-,stretch-}slim,~|2104|6\n\
16|0.0 1.0 2.0 3.0 4.0-2 5.0 6.0-2 7.0 8.0 9.0-1 10.0 11.0-1 12.0 13.0-2 14.0-2 15.0-1 16.0 17.0-1 18.0-1 19.0-1 20.0-2|alpine,alpine3.11,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,bookworm,bullseye,buster,stretch,{,bookworm-,bullseye-,buster-,stretch-}slim,~|2308|28\n\
17|0.0-1 1.0 2.0 3.0-1 4.0 5.0 6.0 7.1-2 8.0 9.0-1|alpine,alpine3.12,alpine3.13,alpine3.14,alpine3.15,bullseye,buster,stretch,{,bullseye-,buster-,stretch-}slim,~|2206|8\n\
18|0.0 1.0 2.0 3.0 4.0 5.0 6.0 7.0 8.0 9.0-1 10.0 11.0 12.0-1 13.0 14.0-2 15.0 16.0-1 17.0-1 18.0-2 19.0-1 20.0-8|alpine,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,bookworm,bullseye,buster,{,bookworm-,bullseye-,buster-}slim,~|2503|35\n\
19|0.0-1 1.0 2.0 3.0 4.0 5.0 6.0-1 7.0 8.1 9.0|alpine,alpine3.15,alpine3.16,alpine3.17,alpine3.18,bullseye,buster,{,bullseye-,buster-}slim,~|2306|8\n\
20|0.0 1.0 2.0 3.0-1 4.0 5.0-1 6.0-1 7.0 8.0-1 9.0 10.0 11.0-1 12.0-2 13.0-1 14.0 15.0-1 16.0 17.0 18.0-3 19.0-2|alpine,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,alpine3.22,bookworm,bullseye,buster,{,bookworm-,bullseye-,buster-}slim,~|2505|25\n\
21|0.0 1.0 2.0 3.0 4.0 5.0 6.0-2 7.0-3|alpine,alpine3.17,alpine3.18,alpine3.19,alpine3.20,bookworm,bullseye,{,bookworm-,bullseye-}slim,~|2405|7\n\
22|0.0 1.0 2.0 3.0 4.0-1 5.0-1 6.0 7.0 8.0 9.0 10.0 11.0 12.0 13.0-1 14.0 15.0-1 16.0|alpine,alpine3.18,alpine3.19,alpine3.20,alpine3.21,alpine3.22,bookworm,bullseye,{,bookworm-,bullseye-}slim,~|2505|13\n\
23|0.0 1.0 2.0 3.0 4.0 5.0 6.0-1 7.0 8.0 9.0 10.0 11.0-1|alpine,alpine3.19,alpine3.20,alpine3.21,alpine3.22,bookworm,bullseye,{,bookworm-,bullseye-}slim,~|2505|7\n\
24|0.0-2 1.0|alpine,alpine3.20,alpine3.21,alpine3.22,bookworm,bullseye,{,bookworm-,bullseye-}slim,~|2505|0";

/// `python`.
pub(crate) const PYTHON: &str = "2.7|7-18|alpine,alpine3.10,alpine3.11,alpine3.4,alpine3.6,alpine3.7,alpine3.8,alpine3.9,slim,wheezy,{,slim-}{buster,jessie,stretch},~|2004|70\n\
3.2|6|slim,wheezy,~|1601|8\n\
3.3|5-7|alpine,alpine3.4,jessie,slim,wheezy,~|1709|36\n\
3.4|1-10|alpine,alpine3.4,alpine3.7,alpine3.8,alpine3.9,slim,wheezy,{,slim-}{jessie,stretch},~|1903|57\n\
3.5|0-10|alpine,alpine3.10,alpine3.11,alpine3.12,alpine3.4,alpine3.7,alpine3.8,alpine3.9,slim,{,slim-}{buster,jessie,stretch},~|2009|62\n\
3.6|0-15|alpine,alpine3.10,alpine3.11,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.4,alpine3.6,alpine3.7,alpine3.8,alpine3.9,slim,{,slim-}{bullseye,buster,jessie,stretch},~|2111|59\n\
3.7|0-17|alpine,alpine3.10,alpine3.11,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.7,alpine3.8,alpine3.9,slim,{,slim-}{bookworm,bullseye,buster,stretch},~|2306|59\n\
3.8|0-20|alpine,alpine3.10,alpine3.11,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,slim,{,slim-}{bookworm,bullseye,buster},~|2409|59\n\
3.9|0-22|alpine,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,alpine3.22,slim,{,slim-}{bookworm,bullseye,buster},~|2505|55\n\
3.10|0-17|alpine,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,alpine3.22,slim,{,slim-}{bookworm,bullseye,buster},~|2505|43\n\
3.11|0-12|alpine,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,alpine3.22,slim,{,slim-}{bookworm,bullseye,buster},~|2505|31\n\
3.12|0-10|alpine,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,alpine3.22,slim,{,slim-}{bookworm,bullseye},~|2505|19\n\
3.13|0-3|alpine,alpine3.19,alpine3.20,alpine3.21,alpine3.22,slim,{,slim-}{bookworm,bullseye},~|2505|7";

/// `ubuntu`.
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

/// `debian`.
pub(crate) const DEBIAN: &str = "6|0.8-10|~|1602|27\n\
7|2-11|slim,~|1903|64\n\
8|0-11|slim,~|2103|75\n\
9|0-13|slim,~|2206|64\n\
10|0-13|slim,~|2406|59\n\
11|0-11|slim,~|2505|45\n\
12|0-11|slim,~|2505|23\n\
trixie|=|slim,~|2505|23";

/// `alpine`.
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

/// `busybox`.
pub(crate) const BUSYBOX: &str = "1.21|0|ubuntu|1512|3\n\
1.23|2|~|1509|0\n\
1.24|0-2|glibc,musl,uclibc,~|1606|8\n\
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

/// `nginx`.
pub(crate) const NGINX: &str = "1.7|1-12|~|1504|10\n\
1.8|1|alpine,~|1604|2\n\
1.9|0-15|alpine,~|1604|12\n\
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
1.22|0-1|alpine,alpine-slim,alpine3.17,bullseye,{,alpine-,bullseye-}perl,~|2303|10\n\
1.23|0-4|alpine,alpine-slim,alpine3.17,bullseye,{,alpine-,bullseye-}perl,~|2303|9\n\
1.24|0|alpine,alpine-slim,alpine3.17,bullseye,{,alpine-,bullseye-}perl,~|2304|0\n\
1.25|0-5|alpine,alpine-slim,alpine3.17,alpine3.18,alpine3.19,bookworm,bullseye,{,alpine-,bookworm-,bullseye-}perl,~|2404|11\n\
1.26|0-3|alpine,alpine-slim,alpine3.19,alpine3.20,bookworm,{,alpine-,bookworm-}perl,~|2502|10\n\
1.27|0-5|alpine,alpine-slim,alpine3.19,alpine3.20,alpine3.21,bookworm,{,alpine-,bookworm-}perl,~|2504|11\n\
1.28|0|alpine,alpine-slim,alpine3.21,bookworm,{,alpine-,bookworm-}perl,~|2504|0";

/// `httpd`.
pub(crate) const HTTPD: &str = "2.2|29-34|alpine,~|1707|33\n\
2.4|10-63|alpine,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,alpine3.22,bookworm,bullseye,buster,~|2505|127";

/// `mysql`.
pub(crate) const MYSQL: &str = "5.5|40-62|~|1810|47\n\
5.6|17-51|~|2101|79\n\
5.7|4-44|debian,oracle,~|2312|112\n\
8.0|0-4 11-42|bookworm,bullseye,debian,oracle,oraclelinux8,oraclelinux9,~|2504|102\n\
8.1|0|oracle,~|2307|0\n\
8.2|0|oracle,oraclelinux8,~|2312|2\n\
8.3|0|oracle,oraclelinux8,~|2401|0\n\
8.4|0-5|oracle,oraclelinux8,oraclelinux9,~|2504|12\n\
9.0|0-1|oracle,oraclelinux9,~|2407|0\n\
9.1|0|oracle,oraclelinux9,~|2410|0\n\
9.2|0|oracle,oraclelinux9,~|2501|0\n\
9.3|0|oracle,oraclelinux9,~|2504|0";

/// `mariadb`.
pub(crate) const MARIADB: &str = "5.5|40-64|trusty,wheezy,~|1904|53\n\
10.0|15-38|jessie,xenial,~|1902|51\n\
10.1|1-3 10-48|bionic,jessie,~|2011|72\n\
10.2|5-44|bionic,jessie,~|2205|60\n\
10.3|0-39|bionic,focal,jessie,~|2305|72\n\
10.4|0-34|bionic,focal,~|2405|66\n\
10.5|1-29|bionic,focal,~|2505|63\n\
10.6|0-22|focal,jammy,~|2505|49\n\
10.7|1-8|focal,~|2302|15\n\
10.8|2-8|focal,jammy,~|2305|15\n\
10.9|2-8|jammy,~|2308|12\n\
10.10|2-7|jammy,~|2311|12\n\
10.11|2-13|jammy,~|2505|27\n\
11.0|2-6|jammy,~|2405|11\n\
11.1|2-6|jammy,~|2408|12\n\
11.2|2-6|jammy,~|2411|12\n\
11.3|2|jammy,~|2402|0\n\
11.4|2-7|noble,~|2505|12\n\
11.5|2|noble,~|2408|0\n\
11.6|2|noble,~|2411|0\n\
11.7|2|noble,~|2502|0";

/// `postgres`.
pub(crate) const POSTGRES: &str = "8.4|22|~|1504|9\n\
9.0|18-22|~|1601|18\n\
9.1|14-24|~|1610|27\n\
9.2|9-23|alpine,~|1708|37\n\
9.3|4-25|alpine,~|1811|53\n\
9.4|0-26|alpine,~|2002|62\n\
9.5|0-25|alpine,~|2102|61\n\
9.6|0-24|alpine,alpine3.13,alpine3.14,alpine3.15,bullseye,buster,stretch,~|2111|62\n\
10|0-23|alpine,alpine3.13,alpine3.14,alpine3.15,alpine3.16,bullseye,buster,stretch,~|2211|61\n\
11|0-22|alpine,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,bookworm,bullseye,buster,stretch,~|2312|62\n\
12|0-22|alpine,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,bookworm,bullseye,buster,~|2412|62\n\
13|0-21|alpine,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,alpine3.22,bookworm,bullseye,buster,~|2505|56\n\
14|0-18|alpine,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,alpine3.22,bookworm,bullseye,~|2505|44\n\
15|0-13|alpine,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,alpine3.22,bookworm,bullseye,~|2505|31\n\
16|0-9|alpine,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,alpine3.22,bookworm,bullseye,~|2505|20\n\
17|0-5|alpine,alpine3.19,alpine3.20,alpine3.21,alpine3.22,bookworm,bullseye,~|2505|8";

/// `redis`.
pub(crate) const REDIS: &str = "2.6|17|32bit,~|1512|16\n\
2.8|6-23|32bit,~|1606|24\n\
3.0|0-7|32bit,alpine,~|1606|14\n\
3.2|0-12|32bit,alpine,alpine3.8,{,32bit-}stretch,~|1807|26\n\
4.0|0-14|32bit,alpine,alpine3.10,alpine3.11,alpine3.8,alpine3.9,{,32bit-}{buster,stretch},~|1912|29\n\
5.0|0-14|32bit,alpine,alpine3.10,alpine3.11,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.8,alpine3.9,{,32bit-}{bullseye,buster,stretch},~|2205|43\n\
6.0|0-20|alpine,alpine3.11,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,bookworm,bullseye,buster,~|2312|44\n\
6.2|0-18|alpine,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,bookworm,bullseye,buster,~|2504|50\n\
7.0|0-15|alpine,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,bookworm,bullseye,~|2405|25\n\
7.2|0-9|alpine,alpine3.18,alpine3.19,alpine3.20,alpine3.21,bookworm,~|2505|21\n\
7.4|0-4|alpine,alpine3.20,alpine3.21,bookworm,~|2505|10\n\
8.0|0-2|alpine,alpine3.21,bookworm,~|2505|0";

/// `mongo`.
pub(crate) const MONGO: &str = "2.2|7|~|1602|18\n\
2.4|10-14|~|1602|18\n\
2.6|1-12|~|1606|24\n\
2.7|5-8|~|1411|3\n\
2.8|0|~|1501|2\n\
3.0|0-15|wheezy,~|1712|35\n\
3.1|4-9|~|1602|8\n\
3.2|0-21|jessie,~|1809|35\n\
3.3|5-15|~|1611|6\n\
3.4|0-24|jessie,xenial,~|2001|38\n\
3.5|5-13|jessie,~|1711|7\n\
3.6|0-23|jessie,stretch,xenial,~|2103|40\n\
3.7|1-9|jessie,xenial,~|1805|4\n\
4.0|0-28|bionic,xenial,~|2201|43\n\
4.1|1-13|bionic,xenial,~|1905|10\n\
4.2|0-24|bionic,~|2302|42\n\
4.4|0-29|bionic,focal,~|2402|43\n\
5.0|0-31|focal,~|2501|42\n\
6.0|1-23|focal,jammy,~|2504|32\n\
7.0|0-20|jammy,~|2504|20\n\
8.0|0-9|noble,~|2505|8";

/// `golang`.
pub(crate) const GOLANG: &str = "1.2|0-2|cross,~|1411|4\n\
1.3|0-3|cross,wheezy,~|1508|12\n\
1.4|0-3|alpine,cross,wheezy,~|1601|13\n\
1.5|0-4|alpine,wheezy,~|1606|10\n\
1.6|0-4|alpine,wheezy,~|1612|10\n\
1.7|0-6|alpine,alpine3.4,alpine3.5,alpine3.6,jessie,wheezy,~|1707|11\n\
1.8|0-7|alpine,alpine3.5,alpine3.6,jessie,stretch,wheezy,~|1802|12\n\
1.9|0-7|alpine,alpine3.6,alpine3.7,alpine3.8,stretch,~|1807|11\n\
1.10|0-8|alpine,alpine3.7,alpine3.8,alpine3.9,stretch,~|1902|12\n\
1.11|0-13|alpine,alpine3.10,alpine3.7,alpine3.8,alpine3.9,buster,stretch,~|1908|12\n\
1.12|0-17|alpine,alpine3.10,alpine3.11,alpine3.9,buster,stretch,~|2002|12\n\
1.13|0-15|alpine,alpine3.10,alpine3.11,alpine3.12,buster,stretch,~|2008|11\n\
1.14|0-15|alpine,alpine3.11,alpine3.12,alpine3.13,buster,stretch,~|2102|12\n\
1.15|0-15|alpine,alpine3.12,alpine3.13,alpine3.14,buster,stretch,~|2108|12\n\
1.16|0-15|alpine,alpine3.12,alpine3.13,alpine3.14,alpine3.15,bullseye,buster,stretch,~|2203|13\n\
1.17|0-13|alpine,alpine3.13,alpine3.14,alpine3.15,alpine3.16,bullseye,buster,stretch,~|2208|12\n\
1.18|0-10|alpine,alpine3.14,alpine3.15,alpine3.16,alpine3.17,bullseye,buster,stretch,~|2301|10\n\
1.19|0-13|alpine,alpine3.15,alpine3.16,alpine3.17,alpine3.18,bookworm,bullseye,buster,~|2309|13\n\
1.20|0-14|alpine,alpine3.16,alpine3.17,alpine3.18,alpine3.19,bookworm,bullseye,buster,~|2402|12\n\
1.21|0-13|alpine,alpine3.17,alpine3.18,alpine3.19,alpine3.20,bookworm,bullseye,~|2408|12\n\
1.22|0-12|alpine,alpine3.18,alpine3.19,alpine3.20,alpine3.21,bookworm,bullseye,~|2502|12\n\
1.23|0-9|alpine,alpine3.19,alpine3.20,alpine3.21,alpine3.22,bookworm,bullseye,~|2505|9\n\
1.24|0-3|alpine,alpine3.20,alpine3.21,alpine3.22,bookworm,bullseye,~|2505|3";

/// `openjdk`.
pub(crate) const OPENJDK: &str = "6|=|jdk,jre,{,jdk-,jre-}wheezy,{,jdk-,jre-}{slim,slim-wheezy},~|1801|17\n\
7|u91 u111 u121 u131 u151 u171 u181 u201 u211 u221|jdk,jre,{,jdk-,jre-}jessie,{,jdk-,jre-}{alpine,alpine3.7,alpine3.8,alpine3.9,slim,slim-jessie},~|1905|33\n\
8|u92 u102 u111 u121 u131 u141 u151 u162 u171 u181 u191 u201 u212 u222 u232 u242 u252 u262-265 u272-275 u282 u292 u302 u312 u322 u332 u342|jdk,jre,{,jdk-,jre-}{alpine,alpine3.7,alpine3.8,alpine3.9,slim,slim-bullseye,slim-buster,slim-stretch},{,jdk-,jre-}{bullseye,buster,stretch},{,jdk-}{oracle,oraclelinux8},~|2207|71\n\
9|0.1-4|jdk,jre,{,jdk-,jre-}sid,{,jdk-,jre-}{slim,slim-sid},~|1803|4\n\
10|0.1-2|jdk,jre,{,jdk-,jdk-slim-,jre-,jre-slim-,slim-}{experimental,sid},{,jdk-,jre-}slim,{,jdk-}oracle,~|1810|6\n\
11|0.1-8 0.9.1 0.10-13 0.14.1 0.15-16|jdk,jre,{,jdk-,jdk-slim-,jre-,jre-slim-,slim-}{bullseye,buster,sid,stretch},{,jdk-,jre-}slim,{,jdk-}{oracle,oraclelinux8},~|2207|45\n\
12|0.1-2|jdk,{,jdk-}{alpine,alpine3.8,alpine3.9,oracle},~|1907|3\n\
13|0.1-2|jdk,{,jdk-}buster,{,jdk-}{alpine,alpine3.10,alpine3.8,alpine3.9,oracle,slim,slim-buster},~|2001|3\n\
14|0.1-2|jdk,{,jdk-}buster,{,jdk-}{alpine,alpine3.10,oracle,oraclelinux8,slim,slim-buster},~|2009|5\n\
15|0.1-2|jdk,{,jdk-}buster,{,jdk-}{alpine,alpine3.11,alpine3.12,oracle,oraclelinux8,slim,slim-buster},~|2103|5\n\
16|0.1-2|jdk,{,jdk-}{alpine,alpine3.12,alpine3.13,oracle,oraclelinux8,slim,slim-bullseye,slim-buster},{,jdk-}{bullseye,buster},~|2109|5\n\
17|0.1-2|jdk,{,jdk-}{alpine,alpine3.12,alpine3.13,alpine3.14,oracle,oraclelinux8,slim,slim-bullseye,slim-buster},{,jdk-}{bullseye,buster},~|2201|3\n\
18|0.1.1 0.2.1|jdk,{,jdk-}{alpine,alpine3.13,alpine3.14,alpine3.15,oracle,oraclelinux8,slim,slim-bullseye,slim-buster},{,jdk-}{bullseye,buster},~|2208|3\n\
19|=|jdk,{,jdk-}{alpine,alpine3.14,alpine3.15,alpine3.16,oracle,oraclelinux8,slim,slim-bullseye,slim-buster},{,jdk-}{bullseye,buster},~|2208|8\n\
20|=|jdk,{,jdk-}{bullseye,buster},{,jdk-}{oracle,oraclelinux8,slim,slim-bullseye,slim-buster},~|2302|8\n\
21|=|jdk,{,jdk-,jdk-slim-,slim-}{bookworm,bullseye,buster},{,jdk-}{oracle,oraclelinux8,slim},~|2308|8\n\
22|=|jdk,{,jdk-,jdk-slim-,slim-}{bookworm,bullseye,buster},{,jdk-}{oracle,oraclelinux8,oraclelinux9,slim},~|2403|9\n\
23|=|jdk,{,jdk-}{bookworm,bullseye},{,jdk-}{oracle,oraclelinux8,oraclelinux9,slim,slim-bookworm,slim-bullseye},~|2408|8\n\
24|=|jdk,{,jdk-}{bookworm,bullseye},{,jdk-}{oracle,oraclelinux8,oraclelinux9,slim,slim-bookworm,slim-bullseye},~|2502|8\n\
25|=|jdk,{,jdk-}{bookworm,bullseye},{,jdk-}{oracle,oraclelinux8,oraclelinux9,slim,slim-bookworm,slim-bullseye},~|2505|5";

/// `eclipse-temurin`.
pub(crate) const ECLIPSE_TEMURIN: &str = "8|u302 u312 u322 u332 u342-345 u352 u362 u372 u382 u392 u402 u412 u422 u432 u442 u452|alpine,centos7,focal,jammy,noble,{,b01-,b05-,b06-,b07-,b07.1-,b08-,b09-}{jdk,jre},{,b01-,b05-,b06-,b07-,b08-,b09-}{jdk-alpine,jdk-centos7,jdk-focal,jdk-jammy,jre-alpine,jre-centos7,jre-focal,jre-jammy},{,b05-,b06-,b07-,b08-,b09-}{jdk-ubi9-minimal,jre-ubi9-minimal},{,b05-,b06-,b09-}{jdk-noble,jre-noble},{,b06-jdk-,b06-jre-,b09-jdk-,b09-jre-,jdk-,jre-}{alpine-3.20,alpine-3.21},~|2504|44\n\
11|0.12_7 0.13_8 0.14.1_1 0.14_9 0.15_10 0.16.1_1 0.16_8 0.17_8 0.18_10 0.19_7 0.20.1_1 0.20_8 0.21_9 0.22_7 0.23_9 0.24_8 0.25_9 0.26_4 0.27_6|jdk,jre,{,jdk-,jre-}{alpine,alpine-3.20,alpine-3.21,centos7,focal,jammy,noble},{jdk,jre}-ubi9-minimal,~|2504|44\n\
16|0.2_7|jdk,{,jdk-}{alpine,centos7,focal},~|2110|2\n\
17|0.1_12 0.2_8 0.3_7 0.4.1_1 0.4_8 0.5_8 0.6_10 0.7_7 0.8.1_1 0.8_7 0.9_9 0.10_7 0.11_9 0.12_7 0.13_11 0.14_7 0.15_6 _35|jdk,jre,{,jdk-,jre-}{alpine,alpine-3.20,alpine-3.21,centos7,focal,jammy,noble},{jdk,jre}-ubi9-minimal,~|2504|43\n\
18|0.1_10 0.2.1_1 0.2_9 _36|jdk,jre,{,jdk-,jre-}{alpine,centos7,focal,jammy},~|2208|5\n\
19|0.1_10 0.2_7 _36|jdk,jre,{,jdk-,jre-}{alpine,centos7,focal,jammy},{jdk,jre}-ubi9-minimal,~|2301|4\n\
20|0.1_9 0.2_9 _36|alpine,jammy,jdk,jre,{jdk,jre}{-alpine,-jammy,-ubi9-minimal},~|2307|4\n\
21|0.1_12 0.2_13 0.3_9 0.4_7 0.5_11 0.6_7 0.7_6 _35|jdk,jre,{,jdk-,jre-}{alpine,alpine-3.20,alpine-3.21,jammy,noble},{jdk,jre}-ubi9-minimal,~|2504|18\n\
22|0.1_8 0.2_9 _36|alpine,jammy,jdk,jre,noble,{jdk,jre}{-alpine,-jammy,-noble,-ubi9-minimal},~|2407|4\n\
23|0.1_11 0.2_7 _37|jdk,jre,{,jdk-,jre-}{alpine,alpine-3.20,alpine-3.21,noble},{jdk,jre}-ubi9-minimal,~|2501|4\n\
24|0.1_9 _36|jdk,jre,{,jdk-,jre-}{alpine,alpine-3.20,alpine-3.21,noble},{jdk,jre}-ubi9-minimal,~|2504|1";

/// `amazoncorretto`.
pub(crate) const AMAZONCORRETTO: &str = "8|u192 u202 u212 u222 u232 u242 u252 u262-265 u272-275 u282 u292 u302 u312 u322 u332 u342 u352 u362 u372 u382 u392 u402 u412 u422 u432 u442 u452|al2,al2023,alpine,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,{al2,al2022,al2023,alpine,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21}-jdk,{al2023,alpine,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21}-jre,~|2504|77\n\
11|0.2-27|al2,al2023,alpine,alpine-jre,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,{al2,al2022,al2023,alpine,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21}-jdk,~|2504|73\n\
15|0.1-2|al2,al2-jdk,alpine,alpine-jdk,~|2101|3\n\
16|0.0-2|al2,alpine,alpine3.12,alpine3.13,alpine3.14,{al2,alpine,alpine3.12,alpine3.13,alpine3.14}-jdk,~|2109|6\n\
17|0.0-15|al2,al2023,alpine,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,{al2,al2022,al2023,alpine,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21}-jdk,~|2504|43\n\
18|0.0-2|al2,alpine,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,{al2,alpine,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16}-jdk,~|2209|5\n\
19|0.0-2|al2,alpine,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,{al2,alpine,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17}-jdk,~|2301|4\n\
20|0.0-2|al2,alpine,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,{al2,alpine,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18}-jdk,~|2307|4\n\
21|0.0-7|al2,al2023,alpine,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,{al2,al2023,alpine,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21}-jdk,~|2504|19\n\
22|0.0-2|al2023,alpine,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,jdk,{al2023,alpine,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20}-jdk,~|2407|4\n\
23|0.0-2|al2023,alpine,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,jdk,{al2023,alpine,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21}-jdk,~|2501|4\n\
24|0.0-1|al2023,alpine,alpine3.18,alpine3.19,alpine3.20,alpine3.21,jdk,{al2023,alpine,alpine3.18,alpine3.19,alpine3.20,alpine3.21}-jdk,~|2504|1";

/// `php`.
pub(crate) const PHP: &str = "5.3|29|apache,cli,~|1410|2\n\
5.4|32-45|apache,cli,fpm,~|1510|14\n\
5.5|16-38|apache,cli,fpm,{,fpm-}alpine,~|1607|23\n\
5.6|0-40|apache,cli,fpm,{,apache-,cli-,fpm-}{jessie,stretch},{,cli-,fpm-}{alpine,alpine3.4,alpine3.7,alpine3.8},~|1901|53\n\
7.0|0-33|apache,cli,fpm,{,apache-,cli-,fpm-}{jessie,stretch},{,cli-,fpm-}{alpine,alpine3.4,alpine3.7},~|1812|36\n\
7.1|0-33|apache,cli,fpm,{,apache-,cli-,fpm-}{buster,jessie,stretch},{,cli-,fpm-}{alpine,alpine3.10,alpine3.4,alpine3.7,alpine3.8,alpine3.9},~|1910|34\n\
7.2|0-34|apache,cli,fpm,{,apache-,cli-,fpm-}{buster,stretch},{,cli-,fpm-}{alpine,alpine3.10,alpine3.11,alpine3.12,alpine3.6,alpine3.7,alpine3.8,alpine3.9},~|2010|35\n\
7.3|0-33|apache,cli,fpm,{,apache-,cli-,fpm-}{bullseye,buster,stretch},{,cli-,fpm-}{alpine,alpine3.10,alpine3.11,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.8,alpine3.9},~|2111|35\n\
7.4|0-33|apache,cli,fpm,{,apache-,cli-,fpm-}{bullseye,buster},{,cli-,fpm-}{alpine,alpine3.10,alpine3.11,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16},~|2211|36\n\
8.0|0-30|apache,cli,fpm,{,apache-,cli-,fpm-}{bullseye,buster},{,cli-,fpm-}{alpine,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16},~|2308|33\n\
8.1|0-32|apache,cli,fpm,{,apache-,cli-,fpm-}{bookworm,bullseye,buster},{,cli-,fpm-}{alpine,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21},~|2503|40\n\
8.2|0-28|apache,cli,fpm,{,apache-,cli-,fpm-}{bookworm,bullseye,buster},{,cli-,fpm-}{alpine,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21},~|2503|27\n\
8.3|0-21|apache,cli,fpm,{,apache-,cli-,fpm-}{bookworm,bullseye},{,cli-,fpm-}{alpine,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21},~|2505|18\n\
8.4|1-7|apache,cli,fpm,{,apache-,cli-,fpm-}{bookworm,bullseye},{,cli-,fpm-}{alpine,alpine3.19,alpine3.20,alpine3.21},~|2505|6";

/// `wordpress`.
pub(crate) const WORDPRESS: &str = "3.9|1-2|~|1408|2\n\
4.0|0-1|~|1411|2\n\
4.1|0-2|apache,fpm,~|1504|4\n\
4.2|1-4|apache,fpm,~|1508|4\n\
4.3|0-1|apache,fpm,~|1511|3\n\
4.4|0-2|apache,fpm,~|1602|2\n\
4.5|0-3|apache,fpm,~|1606|2\n\
4.6|0-1|php5.6,php7.0,{,php5.6-,php7.0-}{apache,fpm},~|1610|2\n\
4.7|0-5|php5.6,php7.0,php7.1,{,php5.6-,php7.0-,php7.1-}{apache,fpm,fpm-alpine},~|1705|5\n\
4.8|0-3|php5.6,php7.0,php7.1,{,php5.6-,php7.0-,php7.1-}{apache,fpm,fpm-alpine},~|1710|4\n\
4.9|0-8|php5.6,php7.0,php7.1,php7.2,{,php5.6-,php7.0-,php7.1-,php7.2-}{apache,fpm,fpm-alpine},~|1808|9\n\
5.0|0-3|php5.6,php7.0,php7.1,php7.2,php7.3,{,php5.6-,php7.0-,php7.1-,php7.2-,php7.3-}{apache,fpm,fpm-alpine},~|1901|1\n\
5.1|0-1|php7.1,php7.2,php7.3,{,php7.1-,php7.2-,php7.3-}{apache,fpm,fpm-alpine},~|1903|1\n\
5.2|0-4|php7.1,php7.2,php7.3,{,php7.1-,php7.2-,php7.3-}{apache,fpm,fpm-alpine},~|1910|5\n\
5.3|0-2|php7.1,php7.2,php7.3,php7.4,{,php7.1-,php7.2-,php7.3-,php7.4-}{apache,fpm,fpm-alpine},~|1912|1\n\
5.4|0-2|php7.2,php7.3,php7.4,{,php7.2-,php7.3-,php7.4-}{apache,fpm,fpm-alpine},~|2006|2\n\
5.5|0-3|php7.2,php7.3,php7.4,{,php7.2-,php7.3-,php7.4-}{apache,fpm,fpm-alpine},~|2010|2\n\
5.6|0-2|php7.2,php7.3,php7.4,php8.0,{,php7.2-,php7.3-,php7.4-,php8.0-}{apache,fpm,fpm-alpine},~|2102|2\n\
5.7|0-2|php7.3,php7.4,php8.0,{,php7.3-,php7.4-,php8.0-}{apache,fpm,fpm-alpine},~|2105|2\n\
5.8|0-3|php7.3,php7.4,php8.0,php8.1,{,php7.3-,php7.4-,php8.0-,php8.1-}{apache,fpm,fpm-alpine},~|2201|6\n\
5.9|0-3|php7.3,php7.4,php8.0,php8.1,{,php7.3-,php7.4-,php8.0-,php8.1-}{apache,fpm,fpm-alpine},~|2204|3\n\
6.0|0-3|php7.4,php8.0,php8.1,{,php7.4-,php8.0-,php8.1-}{apache,fpm,fpm-alpine},~|2210|5\n\
6.1|0-1|php7.4,php8.0,php8.1,php8.2,{,php7.4-,php8.0-,php8.1-,php8.2-}{apache,fpm,fpm-alpine},~|2212|1\n\
6.2|0-2|php8.0,php8.1,php8.2,{,php8.0-,php8.1-,php8.2-}{apache,fpm,fpm-alpine},~|2305|2\n\
6.3|0-2|php8.0,php8.1,php8.2,{,php8.0-,php8.1-,php8.2-}{apache,fpm,fpm-alpine},~|2310|2\n\
6.4|0-3|php8.0,php8.1,php8.2,php8.3,{,php8.0-,php8.1-,php8.2-,php8.3-}{apache,fpm,fpm-alpine},~|2401|2\n\
6.5|0-5|php8.1,php8.2,php8.3,{,php8.1-,php8.2-,php8.3-}{apache,fpm,fpm-alpine},~|2406|2\n\
6.6|0-2|php8.1,php8.2,php8.3,{,php8.1-,php8.2-,php8.3-}{apache,fpm,fpm-alpine},~|2409|2\n\
6.7|0-2|php8.1,php8.2,php8.3,php8.4,{,php8.1-,php8.2-,php8.3-,php8.4-}{apache,fpm,fpm-alpine},~|2503|4\n\
6.8|0-1|php8.1,php8.2,php8.3,php8.4,{,php8.1-,php8.2-,php8.3-,php8.4-}{apache,fpm,fpm-alpine},~|2504|0";

/// `tomcat`.
pub(crate) const TOMCAT: &str = "6.0|41-53|jre7,jre8,~|1704|30\n\
7.0|56-109|jdk8,jdk8-openjdk,jre7,jre8,{,jre7-,jre8-}alpine,~|2104|78\n\
8.0|14-53|jre7,jre8,{,jre7-,jre8-}alpine,~|1807|45\n\
8.5|0-100|jdk11,jdk14,jdk15,jdk16,jdk17,jdk21,jdk8,jre10,jre11,jre17,jre21,jre8,jre9,{,jre8-}alpine,{jdk11,jdk14,jdk15,jdk16,jdk17,jdk21,jdk8}-openjdk,{jdk11,jdk16,jdk17,jdk21,jdk8,jre11,jre17,jre21,jre8}-temurin,{jdk11,jdk16,jdk17,jdk8,jre11,jre17,jre8}-temurin-focal,{jdk11,jdk17,jdk21,jdk8,jre11,jre17,jre21,jre8}-temurin-jammy,~|2403|95\n\
9.0|0-105|jdk11,jdk14,jdk15,jdk16,jdk17,jdk21,jdk8,jre10,jre11,jre17,jre21,jre8,jre9,{,jre8-}alpine,{jdk11,jdk14,jdk15,jdk16,jdk17,jdk21,jdk8}-openjdk,{jdk11,jdk16,jdk17,jdk21,jdk8,jre11,jre17,jre21,jre8}-temurin,{jdk11,jdk16,jdk17,jdk8,jre11,jre17,jre8}-temurin-focal,{jdk11,jdk17,jdk21,jdk8,jre11,jre17,jre21,jre8}{-temurin-jammy,-temurin-noble},~|2505|109\n\
10.0|0-27|jdk11,jdk14,jdk15,jdk16,jdk17,jdk8,jre11,jre17,jre8,{jdk11,jdk14,jdk15,jdk16,jdk17,jdk8}-openjdk,{jdk11,jdk16,jdk17,jdk8,jre11,jre17,jre8}{-temurin,-temurin-focal},{jdk11,jdk17,jdk8,jre11,jre17,jre8}-temurin-jammy,~|2210|30\n\
10.1|0-41|jdk11,jdk16,jdk17,jdk21,jre11,jre17,jre21,{jdk11,jdk16,jdk17,jdk21,jre11,jre17,jre21}-temurin,{jdk11,jdk16,jdk17,jdk21}-openjdk,{jdk11,jdk16,jdk17,jre11,jre17}-temurin-focal,{jdk11,jdk17,jdk21,jre11,jre17,jre21}{-temurin-jammy,-temurin-noble},~|2505|45\n\
11.0|0-7|jdk11,jdk17,jdk21,jdk21-openjdk,jre11,jre17,jre21,{jdk11,jdk17,jdk21,jre11,jre17,jre21}{-temurin,-temurin-jammy},{jdk17,jdk21,jre17,jre21}-temurin-noble,~|2505|29";

/// `rabbitmq`.
pub(crate) const RABBITMQ: &str = "3.4|2-4|management,~|1502|2\n\
3.5|0-7|management,~|1512|9\n\
3.6|0-16|management,{,management-}alpine,~|1806|30\n\
3.7|0-28|management,{,management-}alpine,~|2008|32\n\
3.8|0-34|management,{,management-}alpine,~|2206|32\n\
3.9|0-29|management,{,management-}alpine,~|2303|20\n\
3.10|0-25|management,{,management-}alpine,~|2307|14\n\
3.11|0-28|management,{,management-}alpine,~|2312|15\n\
3.12|0-14|management,{,management-}alpine,~|2405|11\n\
3.13|0-7|management,{,management-}alpine,~|2409|7\n\
4.0|0-9|management,{,management-}alpine,~|2504|7\n\
4.1|0|management,{,management-}alpine,~|2504|0";

/// `registry`.
pub(crate) const REGISTRY: &str = "0|5.9 6.0-9 7.0-3 8.0-1 9.0-1|~|1501|14\n\
2|0.0-1 1.1 2.0-1 3.0-1 4.0-1 5.0-2 6.0-2 7.0-1 8.0-3|~|2504|120\n\
3|0.0|~|2504|0";

/// `centos`.
pub(crate) const CENTOS: &str = "5|11|~|1607|18\n\
6|6-10|~|1808|43\n\
7|0.1406 1.1503 2.1511 3.1611 4.1708 5.1804 6.1810 7.1908 8.2003 9.2009|~|2011|70\n\
8|1.1911 2.2004 3.2011 4.2105|~|2106|17";

/// `rockylinux`.
pub(crate) const ROCKYLINUX: &str = "8|5.20220308 6.20220707 6.20227707 7.20221219 7.20230215 8.20230518 9.20231119|minimal,~|2311|20\n\
9|0.20220712 0.20220720 1.20221123 1.20221221 1.20230215 2.20230513 3.20231119|minimal,~|2311|16";

/// `fedora`.
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

/// `amazonlinux`.
pub(crate) const AMAZONLINUX: &str = "1|=|~|2312|72\n\
2|0.20250414.0 0.20250428.0 0.20250512.0|~|2505|1\n\
2016|09.0.20161028 09.0.20161118 09.1.20161221|~|1704|5\n\
2017|12.0.20171212.2 12.0.20180222 12.0.20180330|~|1804|4\n\
2018|03.0.20231106.0 03.0.20231206.1 03.0.20231218.0|~|2312|1\n\
2022|0.20221101.0 0.20221207.4 0.20230118.3|~|2302|3\n\
2023|7.20250414.0 7.20250428.1 7.20250512.0|~|2505|1";

/// `traefik`.
pub(crate) const TRAEFIK: &str = "1.0|0-3|~|1611|4\n\
1.1|0-2|alpine,~|1704|5\n\
1.2|0-3|alpine,~|1704|1\n\
1.3|0-8|alpine,~|1709|4\n\
1.4|0-6|alpine,~|1801|3\n\
1.5|0-4|alpine,~|1803|2\n\
1.6|0-6|alpine,~|1808|4\n\
1.7|0-34|alpine,~|2112|39\n\
2.0|0-7|alpine,~|1912|3\n\
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

/// `caddy`.
pub(crate) const CADDY: &str = "2.0|0|alpine,builder,~|2005|0\n\
2.1|0-1|builder,{,builder-}alpine,~|2009|3\n\
2.2|0-1|builder,{,builder-}alpine,~|2101|4\n\
2.3|0|builder,{,builder-}alpine,~|2105|4\n\
2.4|0-6|builder,{,builder-}alpine,~|2111|6\n\
2.5|0-2|builder,{,builder-}alpine,~|2207|3\n\
2.6|0-4|builder,{,builder-}alpine,~|2302|5\n\
2.7|2-6|builder,{,builder-}alpine,~|2312|4\n\
2.8|0-4|builder,{,builder-}alpine,~|2406|1\n\
2.9|1|builder,{,builder-}alpine,~|2501|0\n\
2.10|0|builder,{,builder-}alpine,~|2504|0";

/// `elasticsearch`.
pub(crate) const ELASTICSEARCH: &str = "1.3|7-9|~|1603|13\n\
1.4|2-5|~|1606|16\n\
1.5|0-2|~|1606|15\n\
1.6|0-2|~|1606|12\n\
1.7|0-6|alpine,~|1612|17\n\
2.0|0-2|~|1606|10\n\
2.1|0-2|~|1606|7\n\
2.2|0-2|~|1606|4\n\
2.3|0-5|~|1608|5\n\
2.4|0-6|alpine,~|1710|14\n\
5.0|0-2|~|1611|7\n\
5.1|1-2|alpine,~|1701|1\n\
5.2|0-2|alpine,~|1703|2\n\
5.3|0-2|alpine,~|1704|0\n\
5.4|0-3|alpine,~|1706|1\n\
5.5|0-2|alpine,~|1708|1\n\
5.6|3-16|alpine,~|1903|17\n\
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

/// `kibana`.
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

/// The table of a repository by name (empty when it has none).
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
        _ => "",
    }
}
