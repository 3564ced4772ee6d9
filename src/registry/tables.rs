//! Release tables of the official images: one compact `&str` per repository, parsed on demand
//! by [`super::families`] (nothing here is decoded until a tag of that repository is looked up).
//!
//! Source: the `library/<name>` files of docker-library/official-images and their whole git
//! history up to 2025-06-02 (the virtual epoch): every `Tags:`/`SharedTags:` line ever added was
//! collected, tags were split into a version and a variant suffix, and each release line became one
//! row. Windows, pre-release (`-rc`, `-ea`, `-beta`) and onbuild tags are left out; small holes in
//! patch runs are filled; Amazon Linux keeps its last three builds per line.
//!
//! Row: `LINE|PATCHES|VARIANTS|FIRST|LAST`. PATCHES lists the full versions under LINE (`=` is LINE
//! itself; `12.0-1` is `.12.0` and `.12.1`; `3-19` is `.3` … `.19`). VARIANTS is space-separated
//! groups `[LO[-HI]:]a,b,c` of tag suffixes (`~` is none) valid for the full versions with index
//! LO..=HI of the expanded list (all when no range). FIRST and LAST are the dates (YYMMDD) the line
//! first and last got a new build.

/// `node`.
pub(crate) const NODE: &str = "0.8|28|slim,wheezy,~|140812|150806\n\
0.10|28-48|~ 4-20:slim 8-20:wheezy|140604|161018\n\
0.11|13-16|~ 1-3:slim|140812|150206\n\
0.12|0-18|slim,wheezy,~|150206|161221\n\
4|0.0 1.0-2 2.0-6 3.0-2 4.0-7 5.0 6.0-2 7.0-3 8.0-7 9.0-1|slim,wheezy,~ 25-39:alpine 34-39:stretch|150909|180330\n\
5|0.0 1.0-1 2.0 3.0 4.0-1 5.0 6.0 7.0-1 8.0 9.0-1 10.0-1 11.0-1 12.0|slim,wheezy,~|151030|160829\n\
6|0.0 1.0 2.0-2 3.0-1 4.0 5.0 6.0 7.0 8.0-1 9.0-5 10.0-3 11.0-5 12.0-3 13.0-1 14.0-4 15.0-1 16.0 17.0-1|0-37:wheezy slim,~ 14-44:alpine 24-44:stretch 37-44:jessie 40-44:jessie-slim,stretch-slim|160426|190403\n\
7|0.0 1.0 2.0-1 3.0 4.0 5.0 6.0 7.0-4 8.0 9.0 10.0-1|slim,wheezy,~ 1-16:alpine 16:stretch|161025|170726\n\
8|0.0 1.0-4 2.0-1 3.0 4.0 5.0 6.0 7.0 8.0-1 9.0-4 10.0 11.0-4 12.0 13.0 14.0-1 15.0-1 16.0-2 17.0|0-22:wheezy alpine,slim,~ 7-35:stretch 23-35:jessie 28-35:jessie-slim,stretch-slim 32-35:buster,buster-slim 34-35:alpine3.10,alpine3.9 35:alpine3.11|170531|191220\n\
9|0.0 1.0 2.0-1 3.0 4.0 5.0 6.0-1 7.0-1 8.0 9.0 10.0-1 11.1-2|0-15:wheezy alpine,slim,stretch,~ 15-16:jessie|171101|180612\n\
10|0.0 1.0 2.0-1 3.0 4.0-1 5.0 6.0 7.0 8.0 9.0 10.0 11.0 12.0 13.0 14.0-2 15.0-3 16.0-3 17.0 18.0-1 19.0 20.0-1 21.0 22.0-1 23.0-3 24.0-1|0-1:wheezy alpine,slim,stretch,~ 4-34:jessie 17-34:jessie-slim 17-41:stretch-slim 23-41:buster,buster-slim 27-37:alpine3.9 27-41:alpine3.10 28-41:alpine3.11|180426|210426\n\
11|0.0 1.0 2.0 3.0 4.0 5.0 6.0 7.0 8.0 9.0 10.0-1 11.0 12.0 13.0 14.0 15.0|alpine,slim,stretch,~ 3-16:stretch-slim|181031|190501\n\
12|0.0 1.0 2.0 3.0-1 4.0 5.0 6.0 7.0 8.0-1 9.0-1 10.0 11.0-1 12.0 13.0-1 14.0-1 15.0 16.0-3 17.0 18.0-4 19.0-1 20.0-2 21.0 22.0-12|alpine,slim,stretch,stretch-slim,~ 7-50:buster,buster-slim 17-35:alpine3.9 17-39:alpine3.10 19-45:alpine3.11 27-46:alpine3.12 41-46:alpine3.13 41-50:alpine3.14 43-50:bullseye,bullseye-slim 46-50:alpine3.15|190424|220409\n\
13|0.0-1 1.0 2.0 3.0 4.0 5.0 6.0 7.0 8.0 10.1 11.0 12.0 13.0 14.0|alpine,buster,buster-slim,slim,stretch,stretch-slim,~ 2-14:alpine3.10 6-14:alpine3.11|191022|200430\n\
14|0.0 1.0 2.0 3.0 4.0 5.0 6.0 7.0 8.0 9.0 10.0-1 11.0 12.0 13.0-1 14.0 15.0-5 16.0-1 17.0-6 18.0-3 19.0-3 20.0-1 21.0-3|0-25:alpine3.10 0-33:alpine3.11 0-39:stretch,stretch-slim alpine,buster,buster-slim,slim,~ 4-34:alpine3.12 22-34:alpine3.13 28-39:alpine3.14 30-45:bullseye,bullseye-slim 34-43:alpine3.15 39-45:alpine3.16 43-45:alpine3.17|200421|230217\n\
15|0.0-1 1.0 2.0-1 3.0 4.0 5.0-1 6.0 7.0 8.0 9.0 10.0 11.0 12.0 13.0 14.0|alpine,alpine3.10,alpine3.11,alpine3.12,buster,buster-slim,slim,stretch,stretch-slim,~ 11-17:alpine3.13|201022|210426\n\
16|0.0 1.0 2.0 3.0 4.0-2 5.0 6.0-2 7.0 8.0 9.0-1 10.0 11.0-1 12.0 13.0-2 14.0-2 15.0-1 16.0 17.0-1 18.0-1 19.0-1 20.0-2|0-19:alpine3.11 0-20:alpine3.12,alpine3.13 0-26:stretch,stretch-slim alpine,buster,buster-slim,slim,~ 6-26:alpine3.14 10-36:bullseye,bullseye-slim 20-31:alpine3.15 26-34:alpine3.16 31-36:alpine3.17 34-36:alpine3.18,bookworm,bookworm-slim|210426|230810\n\
17|0.0-1 1.0 2.0 3.0-1 4.0 5.0 6.0 7.1-2 8.0 9.0-1|0-4:alpine3.12,alpine3.13 alpine,alpine3.14,bullseye,bullseye-slim,buster,buster-slim,slim,stretch,stretch-slim,~ 4-13:alpine3.15|211020|220604\n\
18|0.0 1.0 2.0 3.0 4.0 5.0 6.0 7.0 8.0 9.0-1 10.0 11.0 12.0-1 13.0 14.0-2 15.0 16.0-1 17.0-1 18.0-2 19.0-1 20.0-8|0-3:alpine3.14 0-14:alpine3.15 0-32:buster,buster-slim alpine,bullseye,bullseye-slim,slim,~ 3-20:alpine3.16 14-27:alpine3.17 20-32:alpine3.18 20-37:bookworm,bookworm-slim 27-34:alpine3.19 32-37:alpine3.20 34-37:alpine3.21|220420|250327\n\
19|0.0-1 1.0 2.0 3.0 4.0 5.0 6.0-1 7.0 8.1 9.0|0-3:alpine3.15 alpine,alpine3.16,bullseye,bullseye-slim,buster,buster-slim,slim,~ 3-11:alpine3.17 11:alpine3.18|221018|230602\n\
20|0.0 1.0 2.0 3.0-1 4.0 5.0-1 6.0-1 7.0 8.0-1 9.0 10.0 11.0-1 12.0-2 13.0-1 14.0 15.0-1 16.0 17.0 18.0-3 19.0-2|0-2:alpine3.16 0-14:alpine3.17 0-23:buster,buster-slim alpine,bullseye,bullseye-slim,slim,~ 2-21:alpine3.18 3-33:bookworm,bookworm-slim 14-28:alpine3.19 21-33:alpine3.20 28-33:alpine3.21 33:alpine3.22|230419|250530\n\
21|0.0 1.0 2.0 3.0 4.0 5.0 6.0-2 7.0-3|0-4:alpine3.17 alpine,alpine3.18,bookworm,bookworm-slim,bullseye,bullseye-slim,slim,~ 4-12:alpine3.19 12:alpine3.20|231019|240522\n\
22|0.0 1.0 2.0 3.0 4.0-1 5.0-1 6.0 7.0 8.0 9.0 10.0 11.0 12.0 13.0-1 14.0 15.0-1 16.0|0-2:alpine3.18 0-14:alpine3.19 alpine,bookworm,bookworm-slim,bullseye,bullseye-slim,slim,~ 2-20:alpine3.20 14-20:alpine3.21 20:alpine3.22|240425|250530\n\
23|0.0 1.0 2.0 3.0 4.0 5.0 6.0-1 7.0 8.0 9.0 10.0 11.0-1|0-3:alpine3.19 alpine,alpine3.20,bookworm,bookworm-slim,bullseye,bullseye-slim,slim,~ 3-13:alpine3.21 13:alpine3.22|241016|250530\n\
24|0.0-2 1.0|alpine,alpine3.20,alpine3.21,bookworm,bookworm-slim,bullseye,bullseye-slim,slim,~ 3:alpine3.22|250506|250530";

/// `python`.
pub(crate) const PYTHON: &str = "2.7|7-18|~ 1-9:wheezy 1-11:slim 4-11:alpine 6-8:alpine3.4,alpine3.6 6-9:jessie 6-11:stretch 7-8:alpine3.7 7-9:slim-jessie 7-11:slim-stretch 8-9:alpine3.8 8-10:alpine3.9 9-11:alpine3.10,buster,slim-buster 10-11:alpine3.11|140623|200420\n\
3.2|6|slim,wheezy,~|150526|160118\n\
3.3|5-7|~ 1-2:alpine,alpine3.4,jessie,slim,wheezy|140922|170920\n\
3.4|1-10|~ 1-9:slim,wheezy 3-9:alpine 5-7:alpine3.4 5-9:jessie 6-9:slim-jessie 7-8:alpine3.7 7-9:alpine3.8,slim-stretch,stretch 8-9:alpine3.9|140623|190318\n\
3.5|0-10|slim,~ 1-10:alpine 3-5:alpine3.4 3-7:jessie 4-7:slim-jessie 5-6:alpine3.7 5-7:alpine3.8 5-10:slim-stretch,stretch 6-9:alpine3.9 7-9:alpine3.10 7-10:buster,slim-buster 9-10:alpine3.11,alpine3.12|150717|200908\n\
3.6|0-15|alpine,slim,~ 1-8:alpine3.6 2-5:alpine3.4 2-9:jessie 2-14:stretch 3-8:alpine3.7 3-9:slim-jessie 3-14:slim-stretch 6-8:alpine3.8 8-10:alpine3.10,alpine3.9 9-15:buster,slim-buster 10-12:alpine3.11 10-13:alpine3.12 12-15:alpine3.13 13-15:alpine3.14 14-15:bullseye,slim-bullseye 15:alpine3.15|161228|211124\n\
3.7|0-17|0-2:alpine3.7 0-3:alpine3.8 0-11:slim-stretch,stretch alpine,slim,~ 2-6:alpine3.9 3-7:alpine3.10 4-17:buster,slim-buster 6-9:alpine3.11 7-10:alpine3.12 9-12:alpine3.13 10-13:alpine3.14 11-17:bullseye,slim-bullseye 12-15:alpine3.15 13-16:alpine3.16 15-17:alpine3.17 16-17:alpine3.18 17:bookworm,slim-bookworm|180703|230613\n\
3.8|0-20|0-3:alpine3.10 0-17:buster,slim-buster alpine,slim,~ 1-7:alpine3.11 3-10:alpine3.12 7-12:alpine3.13 10-13:alpine3.14 11-20:bullseye,slim-bullseye 12-15:alpine3.15 13-16:alpine3.16 15-18:alpine3.17 16-19:alpine3.18 17-20:bookworm,slim-bookworm 18-20:alpine3.19 19-20:alpine3.20|191014|240909\n\
3.9|0-22|0-5:alpine3.12 0-17:buster,slim-buster alpine,slim,~ 1-9:alpine3.13 5-13:alpine3.14 6-22:bullseye,slim-bullseye 9-15:alpine3.15 13-16:alpine3.16 15-18:alpine3.17 16-19:alpine3.18 17-22:bookworm,slim-bookworm 18-21:alpine3.19 19-22:alpine3.20 21-22:alpine3.21 22:alpine3.22|201006|250530\n\
3.10|0-17|0:alpine3.13 0-4:alpine3.14 0-8:alpine3.15 0-12:buster,slim-buster alpine,bullseye,slim,slim-bullseye,~ 4-11:alpine3.16 8-13:alpine3.17 11-14:alpine3.18 12-17:bookworm,slim-bookworm 13-16:alpine3.19 14-17:alpine3.20 16-17:alpine3.21 17:alpine3.22|211005|250530\n\
3.11|0-12|0:alpine3.15 0-3:alpine3.16 0-4:buster,slim-buster 0-7:alpine3.17 alpine,bullseye,slim,slim-bullseye,~ 3-9:alpine3.18 4-12:bookworm,slim-bookworm 7-11:alpine3.19 9-12:alpine3.20 11-12:alpine3.21 12:alpine3.22|221024|250530\n\
3.12|0-10|0:alpine3.17 0-3:alpine3.18 alpine,bookworm,bullseye,slim,slim-bookworm,slim-bullseye,~ 1-8:alpine3.19 3-10:alpine3.20 8-10:alpine3.21 10:alpine3.22|231002|250530\n\
3.13|0-3|0-1:alpine3.19 alpine,alpine3.20,bookworm,bullseye,slim,slim-bookworm,slim-bullseye,~ 1-3:alpine3.21 3:alpine3.22|241007|250530";

/// `ubuntu`.
pub(crate) const UBUNTU: &str = "10.04|=|~|140103|140129\n\
12.04|5|~|140811|170412\n\
12.10|=|~|131102|140618\n\
13.04|=|~|131102|140618\n\
13.10|=|~|131102|140618\n\
14.04|1-5|~|140811|191217\n\
14.10|=|~|140627|150709\n\
15.04|=|~|141125|160125\n\
15.10|=|~|150528|160707\n\
16.04|=|~|151218|210830\n\
16.10|=|~|160707|170720\n\
17.04|=|~|161129|171215\n\
17.10|=|~|170512|180717\n\
18.04|=|~|171117|230601\n\
18.10|=|~|180605|190722\n\
19.04|=|~|181119|200115\n\
19.10|=|~|190516|200616\n\
20.04|=|~|191031|250408\n\
20.10|=|~|200506|210726\n\
21.04|=|~|201125|220201\n\
21.10|=|~|210525|220603\n\
22.04|=|~|211104|250601\n\
22.10|=|~|220429|230701\n\
23.04|=|~|221208|231201\n\
23.10|=|~|230515|240604\n\
24.04|=|~|231201|250601\n\
24.10|=|~|240604|250601\n\
25.04|=|~|241115|250601\n\
25.10|=|~|250515|250601";

/// `debian`.
pub(crate) const DEBIAN: &str = "6|0.8-10|~|131102|160223\n\
7|2-11|~ 9:slim|131102|190301\n\
8|0-11|~ 10-11:slim|141231|210325\n\
9|0-13|~ 3-13:slim|170227|220622\n\
10|0-13|slim,~|190709|240612\n\
11|0-11|slim,~|210816|250520\n\
12|0-11|slim,~|230612|250520\n\
trixie|=|slim,~|230612|250520";

/// `alpine`.
pub(crate) const ALPINE: &str = "2.6|=|~|150316|160116\n\
2.7|=|~|150316|160116\n\
3.1|=|~|150316|171025\n\
3.2|=|~|150528|171025\n\
3.3|=|~|151223|171025\n\
3.4|=|~|160602|171025\n\
3.5|=|~|161226|171025\n\
3.6|5|~|190306|190306\n\
3.7|3|~|190306|190306\n\
3.8|4-5|~|190306|200123\n\
3.9|2-6|~|190306|200423\n\
3.10|0-9|~|190619|210414\n\
3.11|0-13|~|191219|211112\n\
3.12|0-12|~|200529|220404\n\
3.13|0-12|~|210114|220809\n\
3.14|0-10|~|210615|230329\n\
3.15|0-11|~|211124|231130\n\
3.16|0-9|~|220523|240126\n\
3.17|0-10|~|221122|240906\n\
3.18|0-12|~|230509|250214\n\
3.19|0-7|~|231207|250530\n\
3.20|0-6|~|240522|250530\n\
3.21|0-3|~|241205|250530\n\
3.22|0|~|250530|250530";

/// `busybox`.
pub(crate) const BUSYBOX: &str = "1.21|0|ubuntu|150916|151208\n\
1.23|2|~|150916|150918\n\
1.24|0-2|~ 1-2:glibc,musl,uclibc|151014|160610\n\
1.25|0-1|glibc,musl,uclibc,~|160623|161007\n\
1.26|0-2|glibc,musl,uclibc,~|161221|170615\n\
1.27|0-2|glibc,musl,uclibc,~|170718|170823\n\
1.28|0-4|glibc,musl,uclibc,~|180108|180523\n\
1.29|1-3|glibc,musl,uclibc,~|180716|181001\n\
1.30|0-1|glibc,musl,uclibc,~|181231|190214\n\
1.31|0-1|glibc,musl,uclibc,~|190610|191028\n\
1.32|0-1|glibc,musl,uclibc,~|200626|210111\n\
1.33|0-1|glibc,musl,uclibc,~|201229|210503\n\
1.34|0-1|glibc,musl,uclibc,~|210820|221205\n\
1.35|0|glibc,musl,uclibc,~|211229|230105\n\
1.36|0-1|glibc,musl,uclibc,~|230103|240930\n\
1.37|0|glibc,musl,uclibc,~|240930|240930";

/// `nginx`.
pub(crate) const NGINX: &str = "1.7|1-12|~|140604|150415\n\
1.8|1|alpine,~|160218|160405\n\
1.9|0-15|~ 14-15:alpine|150429|160427\n\
1.10|0-3|alpine,~|160427|170131\n\
1.11|0-13|alpine,~|160524|170406\n\
1.12|0-2|alpine,alpine-perl,perl,~|170418|171010\n\
1.13|0-12|alpine,alpine-perl,perl,~|170425|180410\n\
1.14|0-2|alpine,alpine-perl,perl,~|180424|181205\n\
1.15|0-12|alpine,alpine-perl,perl,~|180605|190416\n\
1.16|0-1|alpine,alpine-perl,perl,~|190423|190815\n\
1.17|0-10|alpine,alpine-perl,perl,~|190604|200416\n\
1.18|0|alpine,alpine-perl,perl,~|200423|200423\n\
1.19|0-10|alpine,alpine-perl,perl,~|200526|210413\n\
1.20|0-2|alpine,alpine-perl,perl,~|210420|211116\n\
1.21|0-6|alpine,alpine-perl,perl,~|210525|220125\n\
1.22|0-1|alpine,alpine-perl,perl,~ 1:alpine-slim,alpine3.17,bullseye,bullseye-perl|220525|230328\n\
1.23|0-4|alpine,alpine-perl,perl,~ 3-4:alpine-slim 4:alpine3.17,bullseye,bullseye-perl|220622|230328\n\
1.24|0|alpine,alpine-perl,alpine-slim,alpine3.17,bullseye,bullseye-perl,perl,~|230411|230411\n\
1.25|0-5|0:bullseye,bullseye-perl 0-1:alpine3.17 alpine,alpine-perl,alpine-slim,perl,~ 1-5:bookworm,bookworm-perl 2-4:alpine3.18 5:alpine3.19|230523|240417\n\
1.26|0-3|0-1:alpine3.19 alpine,alpine-perl,alpine-slim,bookworm,bookworm-perl,perl,~ 2-3:alpine3.20|240423|250205\n\
1.27|0-5|0:alpine3.19 alpine,alpine-perl,alpine-slim,bookworm,bookworm-perl,perl,~ 1-3:alpine3.20 4-5:alpine3.21|240529|250416\n\
1.28|0|alpine,alpine-perl,alpine-slim,alpine3.21,bookworm,bookworm-perl,perl,~|250423|250423";

/// `httpd`.
pub(crate) const HTTPD: &str = "2.2|29-34|~ 2-5:alpine|141027|170711\n\
2.4|10-63|~ 13-53:alpine 38:alpine3.13 38-41:alpine3.14,buster 41-43:alpine3.15 41-47:bullseye 43-44:alpine3.16 44-47:alpine3.17 47-48:alpine3.18 47-53:bookworm 48-49:alpine3.19 49-52:alpine3.20 52-53:alpine3.21 53:alpine3.22|141027|250530";

/// `mysql`.
pub(crate) const MYSQL: &str = "5.5|40-62|~|141103|181023\n\
5.6|17-51|~|140604|210119\n\
5.7|4-44|~ 33-38:debian 33-40:oracle|140811|231215\n\
8.0|0-4 11-42|~ 22-36:debian,oracle 29-30:bullseye 29-31:oraclelinux8 30-36:bookworm 31-36:oraclelinux9|161014|250414\n\
8.1|0|oracle,~|230727|230727\n\
8.2|0|oracle,oraclelinux8,~|231024|231215\n\
8.3|0|oracle,oraclelinux8,~|240118|240118\n\
8.4|0-5|0:oraclelinux8 oracle,oraclelinux9,~|240430|250414\n\
9.0|0-1|oracle,oraclelinux9,~|240702|240722\n\
9.1|0|oracle,oraclelinux9,~|241014|241014\n\
9.2|0|oracle,oraclelinux9,~|250121|250121\n\
9.3|0|oracle,oraclelinux9,~|250414|250414";

/// `mariadb`.
pub(crate) const MARIADB: &str = "5.5|40-64|~ 20:wheezy 20-24:trusty|141125|190429\n\
10.0|15-38|~ 20:jessie 20-23:xenial|141125|190201\n\
10.1|1-3 10-48|~ 27:jessie 27-41:bionic|141125|201104\n\
10.2|5-44|~ 11:jessie 11-39:bionic|170518|220520\n\
10.3|0-39|~ 8:jessie 8-23:bionic 23-39:focal|170518|230511\n\
10.4|0-34|0-13:bionic ~ 13-34:focal|181114|240523\n\
10.5|1-29|0-2:bionic ~ 2-28:focal|200214|250509\n\
10.6|0-22|focal,~ 22:jammy|210429|250509\n\
10.7|1-8|focal,~|211108|230207\n\
10.8|2-8|0:focal ~ 1-6:jammy|220214|230511\n\
10.9|2-8|jammy,~|220823|230815\n\
10.10|2-7|jammy,~|221118|231115\n\
10.11|2-13|jammy,~|230217|250509\n\
11.0|2-6|jammy,~|230607|240523\n\
11.1|2-6|jammy,~|230829|240812\n\
11.2|2-6|jammy,~|231122|241115\n\
11.3|2|jammy,~|240221|240221\n\
11.4|2-7|noble,~|240530|250509\n\
11.5|2|noble,~|240815|240815\n\
11.6|2|noble,~|241122|241122\n\
11.7|2|noble,~|250214|250214";

/// `postgres`.
pub(crate) const POSTGRES: &str = "8.4|22|~|140731|150429\n\
9.0|18-22|~|140731|160112\n\
9.1|14-24|~|140731|161027\n\
9.2|9-23|~ 10-14:alpine|140731|170831\n\
9.3|4-25|~ 11-21:alpine|140604|181108\n\
9.4|0-26|~ 10-26:alpine|141218|200214\n\
9.5|0-25|~ 5-25:alpine|160107|210212\n\
9.6|0-24|~ 1-24:alpine 22:alpine3.13 22-23:buster 22-24:alpine3.14,stretch 23-24:bullseye 24:alpine3.15|160929|211129\n\
10|0-23|0-21:~ alpine 17:alpine3.13 17-18:buster 17-19:alpine3.14 17-21:stretch 18-23:bullseye 19-21:alpine3.15 21-23:alpine3.16|171005|221110\n\
11|0-22|0-16:~ alpine 12:alpine3.13 12-13:buster 12-14:alpine3.14 12-16:stretch 13-22:bullseye 14-16:alpine3.15 16-18:alpine3.16 18-22:alpine3.17 20-22:alpine3.18,bookworm 22:alpine3.19|181018|231208\n\
12|0-22|alpine,~ 7:alpine3.13 7-8:buster 7-9:alpine3.14 8-22:bullseye 9-11:alpine3.15 11-13:alpine3.16 13-17:alpine3.17 15-19:alpine3.18 15-22:bookworm 17-22:alpine3.19 19-22:alpine3.20 22:alpine3.21|191003|241206\n\
13|0-21|alpine,~ 3:alpine3.13 3-4:buster 3-5:alpine3.14 4-21:bullseye 5-7:alpine3.15 7-9:alpine3.16 9-13:alpine3.17 11-15:alpine3.18 11-21:bookworm 13-18:alpine3.19 15-21:alpine3.20 18-21:alpine3.21 21:alpine3.22|200924|250530\n\
14|0-18|0-1:alpine3.14 alpine,bullseye,~ 1-3:alpine3.15 3-6:alpine3.16 6-10:alpine3.17 8-12:alpine3.18 8-18:bookworm 10-15:alpine3.19 12-18:alpine3.20 15-18:alpine3.21 18:alpine3.22|210930|250530\n\
15|0-13|0-1:alpine3.16 alpine,bullseye,~ 1-5:alpine3.17 3-7:alpine3.18 3-13:bookworm 5-10:alpine3.19 7-13:alpine3.20 10-13:alpine3.21 13:alpine3.22|221014|250530\n\
16|0-9|0-1:alpine3.17 0-3:alpine3.18 alpine,bookworm,bullseye,~ 1-6:alpine3.19 3-9:alpine3.20 6-9:alpine3.21 9:alpine3.22|230914|250530\n\
17|0-5|0-2:alpine3.19 alpine,alpine3.20,bookworm,bullseye,~ 2-5:alpine3.21 5:alpine3.22|240926|250530";

/// `redis`.
pub(crate) const REDIS: &str = "2.6|17|32bit,~|140819|151228\n\
2.8|6-23|~ 15-17:32bit|140604|160609\n\
3.0|0-7|~ 2-7:32bit 6-7:alpine|150406|160609\n\
3.2|0-12|32bit,alpine,~ 12:32bit-stretch,alpine3.8,stretch|160509|180726\n\
4.0|0-14|32bit,alpine,~ 10-12:alpine3.8 10-14:32bit-stretch,stretch 12-14:alpine3.9 14:32bit-buster,alpine3.10,alpine3.11,buster|170714|191221\n\
5.0|0-14|0-3:alpine3.8 0-5:32bit-stretch,stretch 32bit,alpine,~ 3-5:alpine3.9 5-7:alpine3.10 5-14:32bit-buster,buster 7-9:alpine3.11 9-10:alpine3.12 10-12:alpine3.13 12-14:alpine3.14 14:32bit-bullseye,alpine3.15,alpine3.16,bullseye|181018|220524\n\
6.0|0-20|0-4:alpine3.11 0-16:buster alpine,~ 4-10:alpine3.12 10-14:alpine3.13 14-16:alpine3.14 16:alpine3.15,alpine3.16 16-19:alpine3.17,bullseye 19-20:alpine3.18,bookworm 20:alpine3.19|200430|231207\n\
6.2|0-18|0-4:alpine3.13 0-6:buster alpine,~ 4-6:alpine3.14 6-7:alpine3.15 6-12:bullseye 7:alpine3.16 7-12:alpine3.17 12-14:alpine3.18 12-18:bookworm 14:alpine3.19 14-16:alpine3.20 17-18:alpine3.21|210222|250424\n\
7.0|0-15|0:alpine3.15 0-5:alpine3.16 0-11:bullseye alpine,~ 5-11:alpine3.17 11-14:alpine3.18 11-15:bookworm 14-15:alpine3.19 15:alpine3.20|220427|240523\n\
7.2|0-9|0-3:alpine3.18 alpine,bookworm,~ 3-5:alpine3.19 5-6:alpine3.20 7-9:alpine3.21|230816|250529\n\
7.4|0-4|0-1:alpine3.20 alpine,bookworm,~ 2-4:alpine3.21|240729|250529\n\
8.0|0-2|alpine,alpine3.21,bookworm,~|250504|250529";

/// `mongo`.
pub(crate) const MONGO: &str = "2.2|7|~|140818|160229\n\
2.4|10-14|~|140818|160229\n\
2.6|1-12|~|140604|160609\n\
2.7|5-8|~|140818|141103\n\
2.8|0|~|141114|150114\n\
3.0|0-15|~ 15:wheezy|150126|171219\n\
3.1|4-9|~|150618|160229\n\
3.2|0-21|~ 16-21:jessie|151031|180906\n\
3.3|5-15|~|160502|161102\n\
3.4|0-24|~ 9-20:jessie 20-24:xenial|161101|200124\n\
3.5|5-13|~ 8:jessie|170403|171122\n\
3.6|0-23|0-7:jessie ~ 7-11:stretch 11-23:xenial|171127|210319\n\
3.7|1-9|jessie,~ 8:xenial|180116|180523\n\
4.0|0-28|xenial,~ 1:bionic|180627|220131\n\
4.1|1-13|0-8:xenial ~ 1-12:bionic|180720|190530\n\
4.2|0-24|bionic,~|190813|230224\n\
4.4|0-29|0-6:bionic ~ 7-29:focal|200730|240229\n\
5.0|0-31|focal,~|210713|250128\n\
6.0|1-23|0-3:focal ~ 3-22:jammy|220824|250429\n\
7.0|0-20|jammy,~|230816|250429\n\
8.0|0-9|noble,~|240918|250501";

/// `golang`.
pub(crate) const GOLANG: &str = "1.2|0-2|cross,~|140731|141126\n\
1.3|0-3|cross,~ 3:wheezy|140814|150819\n\
1.4|0-3|cross,wheezy,~ 3:alpine|141211|160104\n\
1.5|0-4|wheezy,~ 1-4:alpine|150819|160607\n\
1.6|0-4|alpine,wheezy,~|160217|161201\n\
1.7|0-6|alpine,wheezy,~ 4-6:alpine3.5 6:alpine3.4,alpine3.6,jessie|160816|170711\n\
1.8|0-7|alpine,stretch,~ 3-7:alpine3.5,alpine3.6,jessie 7:wheezy|170216|180207\n\
1.9|0-7|alpine,alpine3.6,stretch,~ 2-7:alpine3.7 7:alpine3.8|170824|180712\n\
1.10|0-8|alpine,alpine3.7,stretch,~ 3-8:alpine3.8 8:alpine3.9|180216|190201\n\
1.11|0-13|0-5:alpine3.7 0-11:alpine3.8 alpine,stretch,~ 5-13:alpine3.9 11-13:alpine3.10 12-13:buster|180827|190813\n\
1.12|0-17|0-14:alpine3.9 alpine,stretch,~ 6-17:alpine3.10 7-17:buster 14-17:alpine3.11|190226|200212\n\
1.13|0-15|0-11:alpine3.10 alpine,buster,stretch,~ 5-15:alpine3.11 12-15:alpine3.12|190903|200806\n\
1.14|0-15|alpine,alpine3.11,buster,stretch,~ 4-15:alpine3.12 13-15:alpine3.13|200225|210204\n\
1.15|0-15|0-13:alpine3.12 alpine,buster,~ 6-15:alpine3.13 8-15:stretch 13-15:alpine3.14|200811|210805\n\
1.16|0-15|0-5:alpine3.12 0-10:alpine3.13 alpine,buster,stretch,~ 5-15:alpine3.14 7-15:bullseye 10-15:alpine3.15|210216|220303\n\
1.17|0-13|0-3:alpine3.13 0-10:alpine3.14 0-11:stretch alpine,bullseye,buster,~ 3-13:alpine3.15 10-13:alpine3.16|210816|220801\n\
1.18|0-10|0-2:alpine3.14 0-3:stretch 0-8:alpine3.15 alpine,bullseye,buster,~ 2-10:alpine3.16 8-10:alpine3.17|220315|230110\n\
1.19|0-13|0-3:alpine3.15 0-9:alpine3.16 0-10:buster alpine,bullseye,~ 3-13:alpine3.17 9-13:alpine3.18 10-13:bookworm|220802|230908\n\
1.20|0-14|0-4:alpine3.16 0-5:buster 0-12:alpine3.17 alpine,bullseye,~ 4-14:alpine3.18 5-14:bookworm 12-14:alpine3.19|230201|240206\n\
1.21|0-13|0-5:alpine3.17 0-10:alpine3.18 alpine,bookworm,bullseye,~ 5-13:alpine3.19 10-13:alpine3.20|230808|240806\n\
1.22|0-12|0-3:alpine3.18 0-10:alpine3.19 alpine,bookworm,bullseye,~ 3-12:alpine3.20 10-12:alpine3.21|240206|250204\n\
1.23|0-9|0-4:alpine3.19 alpine,alpine3.20,bookworm,bullseye,~ 4-9:alpine3.21 9:alpine3.22|240813|250530\n\
1.24|0-3|alpine,alpine3.20,alpine3.21,bookworm,bullseye,~ 3:alpine3.22|250211|250530";

/// `openjdk`.
pub(crate) const OPENJDK: &str = "6|=|jdk,jdk-slim,jdk-slim-wheezy,jdk-wheezy,jre,jre-slim,jre-slim-wheezy,jre-wheezy,slim,slim-wheezy,wheezy,~|160811|180118\n\
7|u91 u111 u121 u131 u151 u171 u181 u201 u211 u221|0-8:alpine,jdk-alpine,jre-alpine 1-9:jdk,jre,~ 3-9:jdk-slim,jre-slim,slim 4-6:alpine3.7,jdk-alpine3.7,jre-alpine3.7 4-9:jdk-jessie,jdk-slim-jessie,jessie,jre-jessie,jre-slim-jessie,slim-jessie 6:alpine3.8,jdk-alpine3.8,jre-alpine3.8 6-8:alpine3.9,jdk-alpine3.9,jre-alpine3.9|160811|190510\n\
8|u92 u102 u111 u121 u131 u141 u151 u162 u171 u181 u191 u201 u212 u222 u232 u242 u252 u262-265 u272-275 u282 u292 u302 u312 u322 u332 u342|0-12:alpine,jdk-alpine,jre-alpine 1-31:jdk,jre,~ 4-31:jdk-slim,jre-slim,slim 6-8:alpine3.7,jdk-alpine3.7,jre-alpine3.7 6-12:jdk-slim-stretch,jre-slim-stretch,slim-stretch 6-15:jdk-stretch,jre-stretch,stretch 8-10:alpine3.8,jdk-alpine3.8,jre-alpine3.8 10-12:alpine3.9,jdk-alpine3.9,jre-alpine3.9 12:b04,b04-jdk,b04-jdk-slim,b04-jdk-slim-buster,b04-jdk-slim-stretch,b04-jdk-stretch,b04-jre,b04-jre-slim,b04-jre-slim-buster,b04-jre-slim-stretch,b04-jre-stretch,b04-slim,b04-slim-buster,b04-slim-stretch,b04-stretch 12-31:jdk-slim-buster,jre-slim-buster,slim-buster 15-31:buster,jdk-buster,jre-buster 24-31:jdk-oracle,jdk-oraclelinux8,oracle,oraclelinux8 27-31:bullseye,jdk-bullseye,jdk-slim-bullseye,jre-bullseye,jre-slim-bullseye,slim-bullseye|160811|220725\n\
9|0.1-4|0:11,11-jdk,11-jdk-sid,11-jdk-slim,11-jdk-slim-sid,11-jre,11-jre-sid,11-jre-slim,11-jre-slim-sid,11-sid,11-slim,11-slim-sid jdk,jdk-sid,jdk-slim,jdk-slim-sid,jre,jre-sid,jre-slim,jre-slim-sid,sid,slim,slim-sid,~ 3:12,12-jdk,12-jdk-sid,12-jdk-slim,12-jdk-slim-sid,12-jre,12-jre-sid,12-jre-slim,12-jre-slim-sid,12-sid,12-slim,12-slim-sid,b130,b130-jdk,b130-jre,b133,b133-jdk,b133-jre,b134,b134-jdk,b134-jre,b135,b135-jdk,b135-jre,b136,b136-jdk,b136-jre,b139,b139-jdk,b139-jre,b140,b140-jdk,b140-jre,b142,b142-jdk,b142-jre,b143,b143-jdk,b143-jre,b144,b144-jdk,b144-jre,b147,b147-jdk,b147-jre,b148,b148-jdk,b148-jre,b149,b149-jdk,b149-jre,b151,b151-jdk,b151-jre,b153,b153-jdk,b153-jre,b154,b154-jdk,b154-jre,b155,b155-jdk,b155-jre,b158,b158-jdk,b158-jre,b159,b159-jdk,b159-jre,b161,b161-jdk,b161-jre,b168,b168-jdk,b168-jre,b169,b169-jdk,b169-jre,b170,b170-jdk,b170-jre,b177,b177-jdk,b177-jdk-slim,b177-jre,b177-jre-slim,b177-slim,b179,b179-jdk,b179-jdk-slim,b179-jre,b179-jre-slim,b179-slim,b181,b181-jdk,b181-jdk-slim,b181-jre,b181-jre-slim,b181-slim|171102|180319\n\
10|0.1-2|0:10,10-jdk,10-jdk-sid,10-jdk-slim,10-jdk-slim-sid,10-jre,10-jre-sid,10-jre-slim,10-jre-slim-sid,10-sid,10-slim,10-slim-sid jdk,jdk-sid,jdk-slim,jdk-slim-sid,jre,jre-sid,jre-slim,jre-slim-sid,sid,slim,slim-sid,~ 1:13,13-jdk,13-jdk-sid,13-jdk-slim,13-jdk-slim-sid,13-jre,13-jre-sid,13-jre-slim,13-jre-slim-sid,13-sid,13-slim,13-slim-sid,experimental,jdk-experimental,jdk-oracle,jdk-slim-experimental,jre-experimental,jre-slim-experimental,oracle,slim-experimental|180420|181012\n\
11|0.1-8 0.9.1 0.10-13 0.14.1 0.15-16|0:jdk-sid,jdk-slim-sid,jre-sid,jre-slim-sid,sid,slim-sid 0-2:jdk-slim-stretch,jre-slim-stretch,slim-stretch 0-5:jdk-stretch,jre-stretch,stretch jdk,jdk-oracle,jdk-slim,jre,jre-slim,oracle,slim,~ 2-15:jdk-slim-buster,slim-buster 3-15:jre-slim-buster 5-15:buster,jdk-buster,jre-buster 8-15:jdk-oraclelinux8,oraclelinux8 10:9,9-buster,9-jdk,9-jdk-buster,9-jdk-oracle,9-jdk-oraclelinux8,9-jdk-slim,9-jdk-slim-buster,9-jre,9-jre-buster,9-jre-slim,9-jre-slim-buster,9-oracle,9-oraclelinux8,9-slim,9-slim-buster 11-15:bullseye,jdk-bullseye,jdk-slim-bullseye,jre-bullseye,jre-slim-bullseye,slim-bullseye|181018|220725\n\
12|0.1-2|jdk,jdk-oracle,oracle,~ 1:alpine,alpine3.8,alpine3.9,jdk-alpine,jdk-alpine3.8,jdk-alpine3.9|190417|190716\n\
13|0.1-2|buster,jdk,jdk-buster,jdk-oracle,jdk-slim,jdk-slim-buster,oracle,slim,slim-buster,~ 1:alpine,alpine3.10,alpine3.8,alpine3.9,jdk-alpine,jdk-alpine3.10,jdk-alpine3.8,jdk-alpine3.9|191015|200114\n\
14|0.1-2|buster,jdk,jdk-buster,jdk-oracle,jdk-slim,jdk-slim-buster,oracle,slim,slim-buster,~ 1:alpine,alpine3.10,jdk-alpine,jdk-alpine3.10,jdk-oraclelinux8,oraclelinux8|200414|200915\n\
15|0.1-2|buster,jdk,jdk-buster,jdk-oracle,jdk-oraclelinux8,jdk-slim,jdk-slim-buster,oracle,oraclelinux8,slim,slim-buster,~ 1:alpine,alpine3.11,alpine3.12,jdk-alpine,jdk-alpine3.11,jdk-alpine3.12|201020|210319\n\
16|0.1-2|buster,jdk,jdk-buster,jdk-oracle,jdk-oraclelinux8,jdk-slim,jdk-slim-buster,oracle,oraclelinux8,slim,slim-buster,~ 1:alpine,alpine3.12,alpine3.13,bullseye,jdk-alpine,jdk-alpine3.12,jdk-alpine3.13,jdk-bullseye,jdk-slim-bullseye,slim-bullseye|210420|210914\n\
17|0.1-2|bullseye,buster,jdk,jdk-bullseye,jdk-buster,jdk-oracle,jdk-oraclelinux8,jdk-slim,jdk-slim-bullseye,jdk-slim-buster,oracle,oraclelinux8,slim,slim-bullseye,slim-buster,~ 1:alpine,alpine3.12,alpine3.13,alpine3.14,jdk-alpine,jdk-alpine3.12,jdk-alpine3.13,jdk-alpine3.14|211019|220118\n\
18|0.1.1 0.2.1|bullseye,buster,jdk,jdk-bullseye,jdk-buster,jdk-oracle,jdk-oraclelinux8,jdk-slim,jdk-slim-bullseye,jdk-slim-buster,oracle,oraclelinux8,slim,slim-bullseye,slim-buster,~ 1:alpine,alpine3.13,alpine3.14,alpine3.15,jdk-alpine,jdk-alpine3.13,jdk-alpine3.14,jdk-alpine3.15|220502|220819\n\
19|=|alpine,alpine3.14,alpine3.15,alpine3.16,bullseye,buster,jdk,jdk-alpine,jdk-alpine3.14,jdk-alpine3.15,jdk-alpine3.16,jdk-bullseye,jdk-buster,jdk-oracle,jdk-oraclelinux8,jdk-slim,jdk-slim-bullseye,jdk-slim-buster,oracle,oraclelinux8,slim,slim-bullseye,slim-buster,~|211213|220819\n\
20|=|bullseye,buster,jdk,jdk-bullseye,jdk-buster,jdk-oracle,jdk-oraclelinux8,jdk-slim,jdk-slim-bullseye,jdk-slim-buster,oracle,oraclelinux8,slim,slim-bullseye,slim-buster,~|220615|230214\n\
21|=|bookworm,bullseye,buster,jdk,jdk-bookworm,jdk-bullseye,jdk-buster,jdk-oracle,jdk-oraclelinux8,jdk-slim,jdk-slim-bookworm,jdk-slim-bullseye,jdk-slim-buster,oracle,oraclelinux8,slim,slim-bookworm,slim-bullseye,slim-buster,~|221213|230811\n\
22|=|bookworm,bullseye,buster,jdk,jdk-bookworm,jdk-bullseye,jdk-buster,jdk-oracle,jdk-oraclelinux8,jdk-oraclelinux9,jdk-slim,jdk-slim-bookworm,jdk-slim-bullseye,jdk-slim-buster,oracle,oraclelinux8,oraclelinux9,slim,slim-bookworm,slim-bullseye,slim-buster,~|230612|240315\n\
23|=|bookworm,bullseye,jdk,jdk-bookworm,jdk-bullseye,jdk-oracle,jdk-oraclelinux8,jdk-oraclelinux9,jdk-slim,jdk-slim-bookworm,jdk-slim-bullseye,oracle,oraclelinux8,oraclelinux9,slim,slim-bookworm,slim-bullseye,~|231211|240809\n\
24|=|bookworm,bullseye,jdk,jdk-bookworm,jdk-bullseye,jdk-oracle,jdk-oraclelinux8,jdk-oraclelinux9,jdk-slim,jdk-slim-bookworm,jdk-slim-bullseye,oracle,oraclelinux8,oraclelinux9,slim,slim-bookworm,slim-bullseye,~|240611|250206\n\
25|=|bookworm,bullseye,jdk,jdk-bookworm,jdk-bullseye,jdk-oracle,jdk-oraclelinux8,jdk-oraclelinux9,jdk-slim,jdk-slim-bookworm,jdk-slim-bullseye,oracle,oraclelinux8,oraclelinux9,slim,slim-bookworm,slim-bullseye,~|241209|250529";

/// `eclipse-temurin`.
pub(crate) const ECLIPSE_TEMURIN: &str = "8|u302 u312 u322 u332 u342-345 u352 u362 u372 u382 u392 u402 u412 u422 u432 u442 u452|0-14:b08-jdk,b08-jdk-centos7,b08-jdk-focal,b08-jre,b08-jre-centos7,b08-jre-focal 1-10:b07-jdk,b07-jdk-centos7,b07-jdk-focal,b07-jre,b07-jre-centos7,b07-jre-focal 2-13:b06-jdk-centos7,b06-jre-centos7 2-17:b06-jdk,b06-jdk-alpine,b06-jdk-focal,b06-jre,b06-jre-alpine,b06-jre-focal 3-9:b09-jdk-centos7,b09-jre-centos7 3-18:b09-jdk,b09-jdk-alpine,b09-jdk-focal,b09-jdk-jammy,b09-jre,b09-jre-alpine,b09-jre-focal,b09-jre-jammy 4:b07.1-jdk,b07.1-jre 4-10:b07-jdk-alpine,b07-jdk-jammy,b07-jre-alpine,b07-jre-jammy 7:b01-jdk,b01-jdk-alpine,b01-jdk-centos7,b01-jdk-focal,b01-jdk-jammy,b01-jre,b01-jre-alpine,b01-jre-centos7,b01-jre-focal,b01-jre-jammy 8-14:b08-jdk-alpine,b08-jdk-jammy,b08-jdk-ubi9-minimal,b08-jre-alpine,b08-jre-jammy,b08-jre-ubi9-minimal 9-18:b09-jdk-ubi9-minimal,b09-jre-ubi9-minimal 10:b07-jdk-ubi9-minimal,b07-jre-ubi9-minimal 11:b05-jdk-centos7,b05-jre-centos7 11-15:b05-jdk,b05-jdk-alpine,b05-jdk-focal,b05-jdk-jammy,b05-jdk-ubi9-minimal,b05-jre,b05-jre-alpine,b05-jre-focal,b05-jre-jammy,b05-jre-ubi9-minimal 13-17:b06-jdk-jammy,b06-jdk-ubi9-minimal,b06-jre-jammy,b06-jre-ubi9-minimal 15:b05-jdk-noble,b05-jre-noble 16-17:b06-jdk-alpine-3.20,b06-jdk-alpine-3.21,b06-jdk-noble,b06-jre-alpine-3.20,b06-jre-alpine-3.21,b06-jre-noble 18:alpine,alpine-3.20,alpine-3.21,b09-jdk-alpine-3.20,b09-jdk-alpine-3.21,b09-jdk-noble,b09-jre-alpine-3.20,b09-jre-alpine-3.21,b09-jre-noble,centos7,focal,jammy,jdk,jdk-alpine,jdk-alpine-3.20,jdk-alpine-3.21,jdk-centos7,jdk-focal,jdk-jammy,jdk-noble,jdk-ubi9-minimal,jre,jre-alpine,jre-alpine-3.20,jre-alpine-3.21,jre-centos7,jre-focal,jre-jammy,jre-noble,jre-ubi9-minimal,noble,~|210813|250428\n\
11|0.12_7 0.13_8 0.14.1_1 0.14_9 0.15_10 0.16.1_1 0.16_8 0.17_8 0.18_10 0.19_7 0.20.1_1 0.20_8 0.21_9 0.22_7 0.23_9 0.24_8 0.25_9 0.26_4 0.27_6|0-14:jdk-centos7,jre-centos7 jdk,jdk-focal,jre,jre-focal 1-18:jdk-alpine,jre-alpine 4-18:jdk-jammy,jre-jammy 7-18:jdk-ubi9-minimal,jre-ubi9-minimal 15-18:jdk-noble,jre-noble 16-18:jdk-alpine-3.20,jdk-alpine-3.21,jre-alpine-3.20,jre-alpine-3.21 18:alpine,alpine-3.20,alpine-3.21,centos7,focal,jammy,noble,~|210813|250423\n\
16|0.2_7|alpine,centos7,focal,jdk,jdk-alpine,jdk-centos7,jdk-focal,~|210813|211005\n\
17|0.1_12 0.2_8 0.3_7 0.4.1_1 0.4_8 0.5_8 0.6_10 0.7_7 0.8.1_1 0.8_7 0.9_9 0.10_7 0.11_9 0.12_7 0.13_11 0.14_7 0.15_6 _35|0-12:jre-centos7 0-16:jre,jre-alpine,jre-focal jdk,jdk-alpine,jdk-centos7,jdk-focal 2-16:jdk-jammy,jre-jammy 5-16:jdk-ubi9-minimal,jre-ubi9-minimal 13-16:jdk-noble,jre-noble 14-16:jdk-alpine-3.20,jdk-alpine-3.21,jre-alpine-3.20,jre-alpine-3.21 17:alpine,alpine-3.20,alpine-3.21,centos7,focal,jammy,noble,~|210922|250423\n\
18|0.1_10 0.2.1_1 0.2_9 _36|0-2:jdk-jammy,jre,jre-alpine,jre-centos7,jre-focal,jre-jammy jdk,jdk-alpine,jdk-centos7,jdk-focal 3:alpine,centos7,focal,jammy,~|220329|220827\n\
19|0.1_10 0.2_7 _36|0-1:jdk-ubi9-minimal,jre-ubi9-minimal jdk,jdk-alpine,jdk-centos7,jdk-focal,jdk-jammy,jre,jre-alpine,jre-centos7,jre-focal,jre-jammy 2:alpine,centos7,focal,jammy,~|220926|230125\n\
20|0.1_9 0.2_9 _36|jdk,jdk-alpine,jdk-jammy,jdk-ubi9-minimal,jre,jre-alpine,jre-jammy,jre-ubi9-minimal 2:alpine,jammy,~|230327|230725\n\
21|0.1_12 0.2_13 0.3_9 0.4_7 0.5_11 0.6_7 0.7_6 _35|jdk,jdk-alpine,jdk-jammy,jdk-ubi9-minimal,jre,jre-alpine,jre-jammy,jre-ubi9-minimal 3-6:jdk-noble,jre-noble 4-6:jdk-alpine-3.20,jdk-alpine-3.21,jre-alpine-3.20,jre-alpine-3.21 7:alpine,alpine-3.20,alpine-3.21,jammy,noble,~|231011|250423\n\
22|0.1_8 0.2_9 _36|jdk,jdk-alpine,jdk-jammy,jdk-ubi9-minimal,jre,jre-alpine,jre-jammy,jre-ubi9-minimal 1:jdk-noble,jre-noble 2:alpine,jammy,noble,~|240327|240723\n\
23|0.1_11 0.2_7 _37|0-1:jdk-alpine-3.20,jdk-alpine-3.21,jre-alpine-3.20,jre-alpine-3.21 jdk,jdk-alpine,jdk-noble,jdk-ubi9-minimal,jre,jre-alpine,jre-noble,jre-ubi9-minimal 2:alpine,alpine-3.20,alpine-3.21,noble,~|240918|250131\n\
24|0.1_9 _36|jdk,jdk-alpine,jdk-alpine-3.20,jdk-alpine-3.21,jdk-noble,jdk-ubi9-minimal,jre,jre-alpine,jre-alpine-3.20,jre-alpine-3.21,jre-noble,jre-ubi9-minimal 1:alpine,alpine-3.20,alpine-3.21,noble,~|250325|250423";

/// `amazoncorretto`.
pub(crate) const AMAZONCORRETTO: &str = "8|u192 u202 u212 u222 u232 u242 u252 u262-265 u272-275 u282 u292 u302 u312 u322 u332 u342 u352 u362 u372 u382 u392 u402 u412 u422 u432 u442 u452|~ 6-32:al2 7-32:alpine,alpine-jre 17-20:alpine3.12,alpine3.12-jre 17-22:alpine3.13,alpine3.13-jre 17-24:alpine3.14,alpine3.14-jre 18-26:alpine3.15,alpine3.15-jre 21-28:alpine3.16,alpine3.16-jre 23-30:alpine3.17,alpine3.17-jre 23-32:al2023,al2023-jre 25-32:al2-native-jdk,al2-native-jre,alpine3.18,alpine3.18-jre 27-32:alpine3.19,alpine3.19-jre 29-32:alpine3.20,alpine3.20-jre 31-32:alpine3.21,alpine3.21-jre 32:al2-full,al2-jdk,al2022-jdk,al2023-jdk,alpine-full,alpine-jdk,alpine3.12-full,alpine3.12-jdk,alpine3.13-full,alpine3.13-jdk,alpine3.14-full,alpine3.14-jdk,alpine3.15-full,alpine3.15-jdk,alpine3.16-full,alpine3.16-jdk,alpine3.17-full,alpine3.17-jdk,alpine3.18-full,alpine3.18-jdk,alpine3.19-full,alpine3.19-jdk,alpine3.20-full,alpine3.20-jdk,alpine3.21-full,alpine3.21-jdk|181121|250415\n\
11|0.2-27|~ 5-25:al2 6:alpine-jre 6-25:alpine 10-13:alpine3.12 10-15:alpine3.13 10-17:alpine3.14 11-19:alpine3.15 14-21:alpine3.16 16-23:alpine3.17 16-25:al2023,al2023-headful,al2023-headless 18-25:al2-native-headless,al2-native-jdk,alpine3.18 20-25:alpine3.19 22-25:alpine3.20 24-25:alpine3.21 25:al2-full,al2-jdk,al2022-jdk,al2023-jdk,alpine-full,alpine-jdk,alpine3.12-full,alpine3.12-jdk,alpine3.13-full,alpine3.13-jdk,alpine3.14-full,alpine3.14-jdk,alpine3.15-full,alpine3.15-jdk,alpine3.16-full,alpine3.16-jdk,alpine3.17-full,alpine3.17-jdk,alpine3.18-full,alpine3.18-jdk,alpine3.19-full,alpine3.19-jdk,alpine3.20-full,alpine3.20-jdk,alpine3.21-full,alpine3.21-jdk|190305|250415\n\
15|0.1-2|al2,alpine,~ 1:al2-full,al2-jdk,alpine-full,alpine-jdk|201027|210122\n\
16|0.0-2|al2,alpine,~ 2:al2-full,al2-jdk,alpine-full,alpine-jdk,alpine3.12,alpine3.12-full,alpine3.12-jdk,alpine3.13,alpine3.13-full,alpine3.13-jdk,alpine3.14,alpine3.14-full,alpine3.14-jdk|210317|210930\n\
17|0.0-15|0-3:alpine3.12 0-5:alpine3.13 0-7:alpine3.14 al2,alpine,~ 1-9:alpine3.15 4-11:alpine3.16 6-13:alpine3.17 6-15:al2023,al2023-headful,al2023-headless 8-15:al2-native-headful,al2-native-headless,al2-native-jdk,alpine3.18 10-15:alpine3.19 12-15:alpine3.20 14-15:alpine3.21 15:al2-full,al2-jdk,al2022-jdk,al2023-jdk,alpine-full,alpine-jdk,alpine3.12-full,alpine3.12-jdk,alpine3.13-full,alpine3.13-jdk,alpine3.14-full,alpine3.14-jdk,alpine3.15-full,alpine3.15-jdk,alpine3.16-full,alpine3.16-jdk,alpine3.17-full,alpine3.17-jdk,alpine3.18-full,alpine3.18-jdk,alpine3.19-full,alpine3.19-jdk,alpine3.20-full,alpine3.20-jdk,alpine3.21-full,alpine3.21-jdk|210916|250415\n\
18|0.0-2|0-1:alpine3.12 al2,alpine,alpine3.13,alpine3.14,alpine3.15,~ 2:al2-full,al2-jdk,alpine-full,alpine-jdk,alpine3.12-full,alpine3.12-jdk,alpine3.13-full,alpine3.13-jdk,alpine3.14-full,alpine3.14-jdk,alpine3.15-full,alpine3.15-jdk,alpine3.16,alpine3.16-full,alpine3.16-jdk|220406|220928\n\
19|0.0-2|0-1:alpine3.13 al2,alpine,alpine3.14,alpine3.15,alpine3.16,~ 2:al2-full,al2-jdk,alpine-full,alpine-jdk,alpine3.13-full,alpine3.13-jdk,alpine3.14-full,alpine3.14-jdk,alpine3.15-full,alpine3.15-jdk,alpine3.16-full,alpine3.16-jdk,alpine3.17,alpine3.17-full,alpine3.17-jdk|220919|230117\n\
20|0.0-2|0-1:alpine3.14 al2,alpine,alpine3.15,alpine3.16,alpine3.17,~ 2:al2-full,al2-jdk,al2023-generic,al2023-generic-jdk,alpine-full,alpine-jdk,alpine3.14-full,alpine3.14-jdk,alpine3.15-full,alpine3.15-jdk,alpine3.16-full,alpine3.16-jdk,alpine3.17-full,alpine3.17-jdk,alpine3.18,alpine3.18-full,alpine3.18-jdk|230321|230803\n\
21|0.0-7|0-1:alpine3.15 0-3:alpine3.16 0-5:alpine3.17 al2,al2023,al2023-headful,al2023-headless,alpine,alpine3.18,~ 2-7:alpine3.19 4-7:alpine3.20 6-7:alpine3.21 7:al2-full,al2-jdk,al2023-jdk,alpine-full,alpine-jdk,alpine3.15-full,alpine3.15-jdk,alpine3.16-full,alpine3.16-jdk,alpine3.17-full,alpine3.17-jdk,alpine3.18-full,alpine3.18-jdk,alpine3.19-full,alpine3.19-jdk,alpine3.20-full,alpine3.20-jdk,alpine3.21-full,alpine3.21-jdk|230921|250415\n\
22|0.0-2|0-1:alpine3.16 al2023,al2023-headful,al2023-headless,alpine,alpine3.17,alpine3.18,alpine3.19 2:al2023-jdk,alpine-full,alpine-jdk,alpine3.16-full,alpine3.16-jdk,alpine3.17-full,alpine3.17-jdk,alpine3.18-full,alpine3.18-jdk,alpine3.19-full,alpine3.19-jdk,alpine3.20,alpine3.20-full,alpine3.20-jdk,headful,headless,jdk,~|240326|240716\n\
23|0.0-2|0-1:alpine3.17 al2023,al2023-headful,al2023-headless,alpine,alpine3.18,alpine3.19,alpine3.20 2:al2023-jdk,alpine-full,alpine-jdk,alpine3.17-full,alpine3.17-jdk,alpine3.18-full,alpine3.18-jdk,alpine3.19-full,alpine3.19-jdk,alpine3.20-full,alpine3.20-jdk,alpine3.21,alpine3.21-full,alpine3.21-jdk,headful,headless,jdk,~|240919|250124\n\
24|0.0-1|al2023,al2023-headful,al2023-headless,alpine,alpine3.18,alpine3.19,alpine3.20,alpine3.21 1:al2023-jdk,alpine-full,alpine-jdk,alpine3.18-full,alpine3.18-jdk,alpine3.19-full,alpine3.19-jdk,alpine3.20-full,alpine3.20-jdk,alpine3.21-full,alpine3.21-jdk,headful,headless,jdk,~|250323|250415";

/// `php`.
pub(crate) const PHP: &str = "5.3|29|apache,cli,~|140825|141008\n\
5.4|32-45|apache,cli 1-13:~ 3-13:fpm|140825|151019\n\
5.5|16-38|apache,cli 1-22:~ 3-22:fpm 17-22:alpine,fpm-alpine|140825|160721\n\
5.6|0-40|apache,cli 1-40:~ 3-40:fpm 19-40:alpine,fpm-alpine 31-36:alpine3.4,cli-alpine3.4,fpm-alpine3.4 31-40:apache-jessie,cli-alpine,cli-jessie,fpm-jessie,jessie 36-38:alpine3.7,cli-alpine3.7,fpm-alpine3.7 36-40:apache-stretch,cli-stretch,fpm-stretch,stretch 37-40:alpine3.8,cli-alpine3.8,fpm-alpine3.8|140825|190111\n\
7.0|0-33|apache,cli,fpm,~ 4-33:alpine,fpm-alpine 24-30:alpine3.4,cli-alpine3.4,fpm-alpine3.4 24-33:apache-jessie,cli-alpine,cli-jessie,fpm-jessie,jessie 30-33:alpine3.7,apache-stretch,cli-alpine3.7,cli-stretch,fpm-alpine3.7,fpm-stretch,stretch|151203|181207\n\
7.1|0-33|alpine,apache,cli,fpm,fpm-alpine,~ 10-17:alpine3.4,cli-alpine3.4,fpm-alpine3.4 10-30:apache-jessie,cli-jessie,fpm-jessie,jessie 10-33:cli-alpine 17-23:alpine3.7,cli-alpine3.7,fpm-alpine3.7 17-33:apache-stretch,cli-stretch,fpm-stretch,stretch 21-30:alpine3.8,cli-alpine3.8,fpm-alpine3.8 26-33:alpine3.9,cli-alpine3.9,fpm-alpine3.9 30-33:alpine3.10,apache-buster,buster,cli-alpine3.10,cli-buster,fpm-alpine3.10,fpm-buster|161206|191024\n\
7.2|0-34|0-11:alpine3.6,alpine3.7,cli-alpine3.6,cli-alpine3.7,fpm-alpine3.6,fpm-alpine3.7 alpine,apache,apache-stretch,cli,cli-alpine,cli-stretch,fpm,fpm-alpine,fpm-stretch,stretch,~ 9-19:alpine3.8,cli-alpine3.8,fpm-alpine3.8 14-26:alpine3.9,cli-alpine3.9,fpm-alpine3.9 19-31:alpine3.10,cli-alpine3.10,fpm-alpine3.10 20-34:apache-buster,buster,cli-buster,fpm-buster 26-34:alpine3.11,cli-alpine3.11,fpm-alpine3.11 31-34:alpine3.12,cli-alpine3.12,fpm-alpine3.12|171130|201001\n\
7.3|0-33|0-6:alpine3.8,cli-alpine3.8,fpm-alpine3.8 0-29:apache-stretch,cli-stretch,fpm-stretch,stretch alpine,apache,cli,cli-alpine,fpm,fpm-alpine,~ 1-13:alpine3.9,cli-alpine3.9,fpm-alpine3.9 6-18:alpine3.10,cli-alpine3.10,fpm-alpine3.10 7-33:apache-buster,buster,cli-buster,fpm-buster 13-26:alpine3.11,cli-alpine3.11,fpm-alpine3.11 19-28:alpine3.12,cli-alpine3.12,fpm-alpine3.12 26-33:alpine3.13,cli-alpine3.13,fpm-alpine3.13 28-33:alpine3.14,cli-alpine3.14,fpm-alpine3.14 29-33:apache-bullseye,bullseye,cli-bullseye,fpm-bullseye 33:alpine3.15,cli-alpine3.15,fpm-alpine3.15|181207|211129\n\
7.4|0-33|0-6:alpine3.10,cli-alpine3.10,fpm-alpine3.10 alpine,apache,apache-buster,buster,cli,cli-alpine,cli-buster,fpm,fpm-alpine,fpm-buster,~ 1-14:alpine3.11,cli-alpine3.11,fpm-alpine3.11 7-20:alpine3.12,cli-alpine3.12,fpm-alpine3.12 14-26:alpine3.13,cli-alpine3.13,fpm-alpine3.13 20-29:alpine3.14,cli-alpine3.14,fpm-alpine3.14 22-33:apache-bullseye,bullseye,cli-bullseye,fpm-bullseye 26-33:alpine3.15,cli-alpine3.15,fpm-alpine3.15 29-33:alpine3.16,cli-alpine3.16,fpm-alpine3.16|191128|221103\n\
8.0|0-30|0-7:alpine3.12,cli-alpine3.12,fpm-alpine3.12 alpine,apache,apache-buster,buster,cli,cli-alpine,cli-buster,fpm,fpm-alpine,fpm-buster,~ 1-13:alpine3.13,cli-alpine3.13,fpm-alpine3.13 7-19:alpine3.14,cli-alpine3.14,fpm-alpine3.14 9-30:apache-bullseye,bullseye,cli-bullseye,fpm-bullseye 13-26:alpine3.15,cli-alpine3.15,fpm-alpine3.15 19-30:alpine3.16,cli-alpine3.16,fpm-alpine3.16|201130|230808\n\
8.1|0-32|0-6:alpine3.14,cli-alpine3.14,fpm-alpine3.14 0-13:alpine3.15,cli-alpine3.15,fpm-alpine3.15 0-20:apache-buster,buster,cli-buster,fpm-buster alpine,apache,apache-bullseye,bullseye,cli,cli-alpine,cli-bullseye,fpm,fpm-alpine,fpm-bullseye,~ 6-26:alpine3.16,cli-alpine3.16,fpm-alpine3.16 13-26:alpine3.17,cli-alpine3.17,fpm-alpine3.17 18-28:alpine3.18,cli-alpine3.18,fpm-alpine3.18 20-32:apache-bookworm,bookworm,cli-bookworm,fpm-bookworm 26-31:alpine3.19,cli-alpine3.19,fpm-alpine3.19 28-32:alpine3.20,cli-alpine3.20,fpm-alpine3.20 31-32:alpine3.21,cli-alpine3.21,fpm-alpine3.21|211129|250313\n\
8.2|0-28|0-5:alpine3.16,cli-alpine3.16,fpm-alpine3.16 0-7:apache-buster,buster,cli-buster,fpm-buster 0-13:alpine3.17,cli-alpine3.17,fpm-alpine3.17 alpine,apache,apache-bullseye,bullseye,cli,cli-alpine,cli-bullseye,fpm,fpm-alpine,fpm-bullseye,~ 6-19:alpine3.18,cli-alpine3.18,fpm-alpine3.18 7-28:apache-bookworm,bookworm,cli-bookworm,fpm-bookworm 13-26:alpine3.19,cli-alpine3.19,fpm-alpine3.19 19-28:alpine3.20,cli-alpine3.20,fpm-alpine3.20 26-28:alpine3.21,cli-alpine3.21,fpm-alpine3.21|221208|250313\n\
8.3|0-21|0:alpine3.17,cli-alpine3.17,fpm-alpine3.17 0-7:alpine3.18,cli-alpine3.18,fpm-alpine3.18 0-14:alpine3.19,cli-alpine3.19,fpm-alpine3.19 alpine,apache,apache-bookworm,apache-bullseye,bookworm,bullseye,cli,cli-alpine,cli-bookworm,cli-bullseye,fpm,fpm-alpine,fpm-bookworm,fpm-bullseye,~ 7-21:alpine3.20,cli-alpine3.20,fpm-alpine3.20 14-21:alpine3.21,cli-alpine3.21,fpm-alpine3.21|231127|250508\n\
8.4|1-7|0:alpine3.19,cli-alpine3.19,fpm-alpine3.19 alpine,alpine3.20,alpine3.21,apache,apache-bookworm,apache-bullseye,bookworm,bullseye,cli,cli-alpine,cli-alpine3.20,cli-alpine3.21,cli-bookworm,cli-bullseye,fpm,fpm-alpine,fpm-alpine3.20,fpm-alpine3.21,fpm-bookworm,fpm-bullseye,~|241121|250508";

/// `wordpress`.
pub(crate) const WORDPRESS: &str = "3.9|1-2|~|140604|140811\n\
4.0|0-1|~|140922|141122\n\
4.1|0-2|~ 1-2:apache,fpm|141218|150421\n\
4.2|1-4|apache,fpm,~|150429|150811\n\
4.3|0-1|apache,fpm,~|150819|151123\n\
4.4|0-2|apache,fpm,~|151209|160203\n\
4.5|0-3|apache,fpm,~|160413|160623\n\
4.6|0-1|apache,fpm,~ 1:php5.6,php5.6-apache,php5.6-fpm,php7.0,php7.0-apache,php7.0-fpm|160817|161006\n\
4.7|0-5|apache,fpm,fpm-alpine,php5.6,php5.6-apache,php5.6-fpm,php5.6-fpm-alpine,php7.0,php7.0-apache,php7.0-fpm,php7.0-fpm-alpine,php7.1,php7.1-apache,php7.1-fpm,php7.1-fpm-alpine,~|161206|170517\n\
4.8|0-3|apache,fpm,fpm-alpine,php5.6,php5.6-apache,php5.6-fpm,php5.6-fpm-alpine,php7.0,php7.0-apache,php7.0-fpm,php7.0-fpm-alpine,php7.1,php7.1-apache,php7.1-fpm,php7.1-fpm-alpine,~|170608|171031\n\
4.9|0-8|apache,fpm,fpm-alpine,php5.6,php5.6-apache,php5.6-fpm,php5.6-fpm-alpine,php7.0,php7.0-apache,php7.0-fpm,php7.0-fpm-alpine,php7.1,php7.1-apache,php7.1-fpm,php7.1-fpm-alpine,~ 1-8:php7.2,php7.2-apache,php7.2-fpm,php7.2-fpm-alpine|171120|180803\n\
5.0|0-3|0-2:php5.6,php5.6-apache,php5.6-fpm,php5.6-fpm-alpine,php7.0,php7.0-apache,php7.0-fpm,php7.0-fpm-alpine apache,fpm,fpm-alpine,php7.1,php7.1-apache,php7.1-fpm,php7.1-fpm-alpine,php7.2,php7.2-apache,php7.2-fpm,php7.2-fpm-alpine,~ 3:php7.3,php7.3-apache,php7.3-fpm,php7.3-fpm-alpine|181206|190110\n\
5.1|0-1|apache,fpm,fpm-alpine,php7.1,php7.1-apache,php7.1-fpm,php7.1-fpm-alpine,php7.2,php7.2-apache,php7.2-fpm,php7.2-fpm-alpine,php7.3,php7.3-apache,php7.3-fpm,php7.3-fpm-alpine,~|190222|190313\n\
5.2|0-4|apache,fpm,fpm-alpine,php7.1,php7.1-apache,php7.1-fpm,php7.1-fpm-alpine,php7.2,php7.2-apache,php7.2-fpm,php7.2-fpm-alpine,php7.3,php7.3-apache,php7.3-fpm,php7.3-fpm-alpine,~|190507|191015\n\
5.3|0-2|0:php7.1,php7.1-apache,php7.1-fpm,php7.1-fpm-alpine apache,fpm,fpm-alpine,php7.2,php7.2-apache,php7.2-fpm,php7.2-fpm-alpine,php7.3,php7.3-apache,php7.3-fpm,php7.3-fpm-alpine,php7.4,php7.4-apache,php7.4-fpm,php7.4-fpm-alpine,~|191113|191219\n\
5.4|0-2|apache,fpm,fpm-alpine,php7.2,php7.2-apache,php7.2-fpm,php7.2-fpm-alpine,php7.3,php7.3-apache,php7.3-fpm,php7.3-fpm-alpine,php7.4,php7.4-apache,php7.4-fpm,php7.4-fpm-alpine,~|200401|200625\n\
5.5|0-3|apache,fpm,fpm-alpine,php7.2,php7.2-apache,php7.2-fpm,php7.2-fpm-alpine,php7.3,php7.3-apache,php7.3-fpm,php7.3-fpm-alpine,php7.4,php7.4-apache,php7.4-fpm,php7.4-fpm-alpine,~|200811|201031\n\
5.6|0-2|0:php7.2,php7.2-apache,php7.2-fpm,php7.2-fpm-alpine apache,fpm,fpm-alpine,php7.3,php7.3-apache,php7.3-fpm,php7.3-fpm-alpine,php7.4,php7.4-apache,php7.4-fpm,php7.4-fpm-alpine,php8.0,php8.0-apache,php8.0-fpm,php8.0-fpm-alpine,~|201209|210222\n\
5.7|0-2|apache,fpm,fpm-alpine,php7.3,php7.3-apache,php7.3-fpm,php7.3-fpm-alpine,php7.4,php7.4-apache,php7.4-fpm,php7.4-fpm-alpine,php8.0,php8.0-apache,php8.0-fpm,php8.0-fpm-alpine,~|210309|210513\n\
5.8|0-3|apache,fpm,fpm-alpine,php7.3,php7.3-apache,php7.3-fpm,php7.3-fpm-alpine,php7.4,php7.4-apache,php7.4-fpm,php7.4-fpm-alpine,php8.0,php8.0-apache,php8.0-fpm,php8.0-fpm-alpine,~ 2-3:php8.1,php8.1-apache,php8.1-fpm,php8.1-fpm-alpine|210720|220106\n\
5.9|0-3|0-2:php7.3,php7.3-apache,php7.3-fpm,php7.3-fpm-alpine apache,fpm,fpm-alpine,php7.4,php7.4-apache,php7.4-fpm,php7.4-fpm-alpine,php8.0,php8.0-apache,php8.0-fpm,php8.0-fpm-alpine,php8.1,php8.1-apache,php8.1-fpm,php8.1-fpm-alpine,~|220126|220405\n\
6.0|0-3|apache,fpm,fpm-alpine,php7.4,php7.4-apache,php7.4-fpm,php7.4-fpm-alpine,php8.0,php8.0-apache,php8.0-fpm,php8.0-fpm-alpine,php8.1,php8.1-apache,php8.1-fpm,php8.1-fpm-alpine,~|220524|221017\n\
6.1|0-1|apache,fpm,fpm-alpine,php7.4,php7.4-apache,php7.4-fpm,php7.4-fpm-alpine,php8.0,php8.0-apache,php8.0-fpm,php8.0-fpm-alpine,php8.1,php8.1-apache,php8.1-fpm,php8.1-fpm-alpine,~ 1:php8.2,php8.2-apache,php8.2-fpm,php8.2-fpm-alpine|221102|221214\n\
6.2|0-2|apache,fpm,fpm-alpine,php8.0,php8.0-apache,php8.0-fpm,php8.0-fpm-alpine,php8.1,php8.1-apache,php8.1-fpm,php8.1-fpm-alpine,php8.2,php8.2-apache,php8.2-fpm,php8.2-fpm-alpine,~|230329|230520\n\
6.3|0-2|apache,fpm,fpm-alpine,php8.0,php8.0-apache,php8.0-fpm,php8.0-fpm-alpine,php8.1,php8.1-apache,php8.1-fpm,php8.1-fpm-alpine,php8.2,php8.2-apache,php8.2-fpm,php8.2-fpm-alpine,~|230808|231012\n\
6.4|0-3|0-1:php8.0,php8.0-apache,php8.0-fpm,php8.0-fpm-alpine apache,fpm,fpm-alpine,php8.1,php8.1-apache,php8.1-fpm,php8.1-fpm-alpine,php8.2,php8.2-apache,php8.2-fpm,php8.2-fpm-alpine,~ 1-3:php8.3,php8.3-apache,php8.3-fpm,php8.3-fpm-alpine|231107|240130\n\
6.5|0-5|apache,fpm,fpm-alpine,php8.1,php8.1-apache,php8.1-fpm,php8.1-fpm-alpine,php8.2,php8.2-apache,php8.2-fpm,php8.2-fpm-alpine,php8.3,php8.3-apache,php8.3-fpm,php8.3-fpm-alpine,~|240402|240624\n\
6.6|0-2|apache,fpm,fpm-alpine,php8.1,php8.1-apache,php8.1-fpm,php8.1-fpm-alpine,php8.2,php8.2-apache,php8.2-fpm,php8.2-fpm-alpine,php8.3,php8.3-apache,php8.3-fpm,php8.3-fpm-alpine,~|240716|240910\n\
6.7|0-2|apache,fpm,fpm-alpine,php8.1,php8.1-apache,php8.1-fpm,php8.1-fpm-alpine,php8.2,php8.2-apache,php8.2-fpm,php8.2-fpm-alpine,php8.3,php8.3-apache,php8.3-fpm,php8.3-fpm-alpine,~ 2:php8.4,php8.4-apache,php8.4-fpm,php8.4-fpm-alpine|241113|250313\n\
6.8|0-1|apache,fpm,fpm-alpine,php8.1,php8.1-apache,php8.1-fpm,php8.1-fpm-alpine,php8.2,php8.2-apache,php8.2-fpm,php8.2-fpm-alpine,php8.3,php8.3-apache,php8.3-fpm,php8.3-fpm-alpine,php8.4,php8.4-apache,php8.4-fpm,php8.4-fpm-alpine,~|250415|250430";

/// `tomcat`.
pub(crate) const TOMCAT: &str = "6.0|41-53|jre7,~ 2-12:jre8|141024|170410\n\
7.0|56-109|0-38:jre7 ~ 1-38:jre8 14-38:alpine,jre7-alpine,jre8-alpine 38-53:jdk8,jdk8-openjdk|141024|210426\n\
8.0|14-53|jre7,~ 1-39:jre8 22-39:alpine,jre7-alpine,jre8-alpine|141024|180706\n\
8.5|0-100|jre8,~ 3-41:alpine,jre8-alpine 24-31:jre9 30-35:jre10 34-100:jre11 41-100:jdk11,jdk8 42-82:jdk11-openjdk,jdk8-openjdk 57-59:jdk14,jdk14-openjdk 58-65:jdk15,jdk15-openjdk 64-72:jdk16,jdk16-openjdk 70-78:jdk16-temurin,jdk16-temurin-focal 70-100:jdk11-temurin,jdk11-temurin-focal,jdk8-temurin,jdk8-temurin-focal,jre11-temurin,jre11-temurin-focal,jre8-temurin,jre8-temurin-focal 71-78:jdk17-openjdk 71-100:jdk17,jdk17-temurin,jdk17-temurin-focal 73-100:jre17-temurin,jre17-temurin-focal 81-100:jdk11-temurin-jammy,jdk17-temurin-jammy,jdk8-temurin-jammy,jre11-temurin-jammy,jre17,jre17-temurin-jammy,jre8-temurin-jammy 90-93:jdk21-openjdk 94-100:jdk21,jdk21-temurin,jdk21-temurin-jammy,jre21,jre21-temurin,jre21-temurin-jammy|160405|240325\n\
9.0|0-105|0-2:alpine 0-20:jre8-alpine jre8,~ 2-8:jre9 7-13:jre10 12-105:jre11 20-105:jdk11,jdk8 21-65:jdk11-openjdk,jdk8-openjdk 37-39:jdk14,jdk14-openjdk 38-45:jdk15,jdk15-openjdk 44-54:jdk16,jdk16-openjdk 52-62:jdk16-temurin,jdk16-temurin-focal 52-91:jdk11-temurin-focal,jdk8-temurin-focal,jre11-temurin-focal,jre8-temurin-focal 52-105:jdk11-temurin,jdk8-temurin,jre11-temurin,jre8-temurin 53-62:jdk17-openjdk 53-91:jdk17-temurin-focal 53-105:jdk17,jdk17-temurin 56-91:jre17-temurin-focal 56-105:jre17-temurin 64-105:jdk11-temurin-jammy,jdk17-temurin-jammy,jdk8-temurin-jammy,jre11-temurin-jammy,jre17,jre17-temurin-jammy,jre8-temurin-jammy 76-80:jdk21-openjdk 81-105:jdk21,jdk21-temurin,jdk21-temurin-jammy,jre21,jre21-temurin,jre21-temurin-jammy 91-105:jdk11-temurin-noble,jdk17-temurin-noble,jdk21-temurin-noble,jdk8-temurin-noble,jre11-temurin-noble,jre17-temurin-noble,jre21-temurin-noble,jre8-temurin-noble|160405|250513\n\
10.0|0-27|0:jdk14,jdk14-openjdk 0-5:jdk15,jdk15-openjdk 0-23:jdk11-openjdk,jdk8-openjdk jdk11,jdk8,~ 4-12:jdk16,jdk16-openjdk 10-20:jdk16-temurin,jdk16-temurin-focal 10-27:jdk11-temurin,jdk11-temurin-focal,jdk8-temurin,jdk8-temurin-focal,jre11,jre11-temurin,jre11-temurin-focal,jre8,jre8-temurin,jre8-temurin-focal 11-20:jdk17-openjdk 11-27:jdk17,jdk17-temurin,jdk17-temurin-focal 14-27:jre17-temurin,jre17-temurin-focal 22-27:jdk11-temurin-jammy,jdk17-temurin-jammy,jdk8-temurin-jammy,jre11-temurin-jammy,jre17,jre17-temurin-jammy,jre8-temurin-jammy|200423|221011\n\
10.1|0-41|0:jdk11-openjdk,jdk11-temurin-focal,jdk16,jdk16-openjdk,jdk16-temurin,jdk16-temurin-focal,jdk17-openjdk,jdk17-temurin-focal,jre11-temurin-focal,jre17-temurin-focal jdk11,jdk11-temurin,jdk11-temurin-jammy,jdk17,jdk17-temurin,jdk17-temurin-jammy,jre11,jre11-temurin,jre11-temurin-jammy,jre17,jre17-temurin,jre17-temurin-jammy,~ 10-13:jdk21-openjdk 14-41:jdk21,jdk21-temurin,jdk21-temurin-jammy,jre21,jre21-temurin,jre21-temurin-jammy 26-41:jdk11-temurin-noble,jdk17-temurin-noble,jdk21-temurin-noble,jre11-temurin-noble,jre17-temurin-noble,jre21-temurin-noble|210830|250513\n\
11.0|0-7|0:jdk11,jdk11-temurin,jdk11-temurin-jammy,jdk21-openjdk,jre11,jre11-temurin,jre11-temurin-jammy jdk17,jdk17-temurin,jdk17-temurin-jammy,jdk21,jdk21-temurin,jdk21-temurin-jammy,jdk21-temurin-noble,jre17,jre17-temurin,jre17-temurin-jammy,jre21,jre21-temurin,jre21-temurin-jammy,jre21-temurin-noble,~ 2-7:jdk17-temurin-noble,jre17-temurin-noble|221205|250513";

/// `rabbitmq`.
pub(crate) const RABBITMQ: &str = "3.4|2-4|management,~|141231|150224\n\
3.5|0-7|management,~|150319|151216\n\
3.6|0-16|management,~ 6-16:alpine,management-alpine|151228|180615\n\
3.7|0-28|alpine,management,management-alpine,~|171211|200817\n\
3.8|0-34|alpine,management,management-alpine,~|191001|220601\n\
3.9|0-29|alpine,management,management-alpine,~|210726|230309\n\
3.10|0-25|alpine,management,management-alpine,~|220503|230718\n\
3.11|0-28|alpine,management,management-alpine,~|220926|231221\n\
3.12|0-14|alpine,management,management-alpine,~|230602|240505\n\
3.13|0-7|alpine,management,management-alpine,~|240223|240918\n\
4.0|0-9|alpine,management,management-alpine,~|240918|250415\n\
4.1|0|alpine,management,management-alpine,~|250415|250415";

/// `registry`.
pub(crate) const REGISTRY: &str = "0|5.9 6.0-9 7.0-3 8.0-1 9.0-1|~|131102|150108\n\
2|0.0-1 1.1 2.0-1 3.0-1 4.0-1 5.0-2 6.0-2 7.0-1 8.0-3|~|150403|250403\n\
3|0.0|~|250403|250403";

/// `centos`.
pub(crate) const CENTOS: &str = "5|11|~|150102|160701\n\
6|6-10|~|150102|180804\n\
7|0.1406 1.1503 2.1511 3.1611 4.1708 5.1804 6.1810 7.1908 8.2003 9.2009|~|150102|201113\n\
8|1.1911 2.2004 3.2011 4.2105|~|200114|210603";

/// `rockylinux`.
pub(crate) const ROCKYLINUX: &str = "8|5.20220308 6.20220707 6.20227707 7.20221219 7.20230215 8.20230518 9.20231119|~ 1-6:minimal|220314|231130\n\
9|0.20220712 0.20220720 1.20221123 1.20221221 1.20230215 2.20230513 3.20231119|minimal,~|220712|231130";

/// `fedora`.
pub(crate) const FEDORA: &str = "20|=|~|131224|160525\n\
21|=|~|140711|160525\n\
22|=|~|150527|160525\n\
23|=|~|151102|160620\n\
24|=|~|160620|161122\n\
25|=|~|161122|170711\n\
26|=|modular,~|170711|171114\n\
27|=|~|171114|190826\n\
28|=|~|180307|181106\n\
29|=|~|180821|190605\n\
30|=|~|181106|191028\n\
31|=|~|190310|200623\n\
32|=|~|190826|201026\n\
33|=|~|200220|210427\n\
34|=|~|200825|211102\n\
35|=|~|210218|220512\n\
36|=|~|211001|221115\n\
37|=|~|220318|230419\n\
38|=|~|221103|240220\n\
39|=|~|230313|240422\n\
40|=|~|230914|250327\n\
41|=|~|240220|250415\n\
42|=|~|240826|250415\n\
43|=|~|250327|250327";

/// `amazonlinux`.
pub(crate) const AMAZONLINUX: &str = "1|=|~|171213|231220\n\
2|0.20250414.0 0.20250428.0 0.20250512.0|~|250424|250519\n\
2016|09.0.20161028 09.0.20161118 09.1.20161221|~|161103|170406\n\
2017|12.0.20171212.2 12.0.20180222 12.0.20180330|~|171213|180424\n\
2018|03.0.20231106.0 03.0.20231206.1 03.0.20231218.0|~|231118|231220\n\
2022|0.20221101.0 0.20221207.4 0.20230118.3|~|221101|230202\n\
2023|7.20250414.0 7.20250428.1 7.20250512.0|~|250424|250519";

/// `traefik`.
pub(crate) const TRAEFIK: &str = "1.0|0-3|~|160706|161118\n\
1.1|0-2|alpine,~|161118|170412\n\
1.2|0-3|alpine,~|170321|170413\n\
1.3|0-8|alpine,~|170531|170908\n\
1.4|0-6|alpine,~|171016|180102\n\
1.5|0-4|alpine,~|180123|180326\n\
1.6|0-6|alpine,~|180430|180820\n\
1.7|0-34|alpine,~|180924|211210\n\
2.0|0-7|~ 7:alpine|190916|191209\n\
2.1|0-9|~|191211|200323\n\
2.2|0-11|~|200325|200907\n\
2.3|0-7|~|200923|210111\n\
2.4|0-14|~|210119|210816\n\
2.5|0-7|~|210817|220120\n\
2.6|0-7|~|220124|220524\n\
2.7|0-3|~|220524|220629\n\
2.8|0-8|~|220629|220930\n\
2.9|1-10|~|221003|230406\n\
2.10|0-7|~|230424|240124\n\
2.11|0-25|~|240212|250527\n\
3.0|0-4|~|240429|240702\n\
3.1|0-7|~|240715|241028\n\
3.2|0-5|~|241028|250107\n\
3.3|0-7|~|250106|250505\n\
3.4|0-1|~|250505|250527";

/// `caddy`.
pub(crate) const CADDY: &str = "2.0|0|alpine,builder,~|200504|200504\n\
2.1|0-1|alpine,builder,~ 1:builder-alpine|200626|200924\n\
2.2|0-1|alpine,builder,builder-alpine,~|200924|210101\n\
2.3|0|alpine,builder,builder-alpine,~|210101|210510\n\
2.4|0-6|alpine,builder,builder-alpine,~|210510|211108\n\
2.5|0-2|alpine,builder,builder-alpine,~|220425|220712\n\
2.6|0-4|alpine,builder,builder-alpine,~|220920|230215\n\
2.7|2-6|alpine,builder,builder-alpine,~|230803|231207\n\
2.8|0-4|alpine,builder,builder-alpine,~|240529|240602\n\
2.9|1|alpine,builder,builder-alpine,~|250108|250108\n\
2.10|0|alpine,builder,builder-alpine,~|250418|250418";

/// `elasticsearch`.
pub(crate) const ELASTICSEARCH: &str = "1.3|7-9|~|150206|160311\n\
1.4|2-5|~|150206|160609\n\
1.5|0-2|~|150325|160609\n\
1.6|0-2|~|150609|160609\n\
1.7|0-6|~ 6:alpine|150717|161213\n\
2.0|0-2|~|150828|160609\n\
2.1|0-2|~|151124|160609\n\
2.2|0-2|~|160202|160609\n\
2.3|0-5|~|160330|160831\n\
2.4|0-6|~ 2-6:alpine|160831|171023\n\
5.0|0-2|~|160418|161130\n\
5.1|1-2|alpine,~|161208|170113\n\
5.2|0-2|alpine,~|170131|170301\n\
5.3|0-2|alpine,~|170404|170428\n\
5.4|0-3|alpine,~|170505|170628\n\
5.5|0-2|alpine,~|170711|170818\n\
5.6|3-16|alpine,~|171023|190319\n\
6.4|0-3|~|181004|181113\n\
6.5|0-4|~|181114|181219\n\
6.6|0-2|~|190208|190314\n\
6.7|0-2|~|190328|190503\n\
6.8|0-23|~|190520|220113\n\
7.0|0-1|~|190412|190503\n\
7.1|0-1|~|190520|190528\n\
7.2|0-1|~|190625|190801\n\
7.3|0-2|~|190731|190912\n\
7.4|0-2|~|191001|191031\n\
7.5|0-2|~|191202|200121\n\
7.6|0-2|~|200211|200331\n\
7.7|0-1|~|200513|200603\n\
7.8|0-1|~|200618|200727\n\
7.9|0-3|~|200818|201022\n\
7.10|1|~|201209|201209\n\
7.11|1-2|~|210217|210310\n\
7.12|0-1|~|210323|210427\n\
7.13|0-4|~|210604|210720\n\
7.14|0-2|~|210803|211011\n\
7.16|1-3|~|211213|220113\n\
7.17|0-28|~|220201|250225\n\
8.0|0-1|~|220211|220301\n\
8.1|0-3|~|220308|220420\n\
8.2|0-3|~|220503|220614\n\
8.3|1-3|~|220630|220728\n\
8.4|0-3|~|220824|221005\n\
8.5|0-3|~|221101|221208\n\
8.6|0-2|~|230110|230220\n\
8.7|0-1|~|230330|230502\n\
8.8|0-2|~|230525|230828\n\
8.9|0-2|~|230822|230906\n\
8.10|1-4|~|230918|231103\n\
8.11|0-4|~|231107|240111\n\
8.12|0-2|~|240118|240222\n\
8.13|0-4|~|240326|240509\n\
8.14|0-3|~|240605|240711\n\
8.15|0-5|~|240808|241126\n\
8.16|0-6|~|241112|250325\n\
8.17|0-6|~|241216|250509\n\
8.18|0-2|~|250415|250529\n\
9.0|1|~|250509|250509";

/// `kibana`.
pub(crate) const KIBANA: &str = "4.0|2-3|~|150609|160609\n\
4.1|0-11|~|150610|161208\n\
4.2|0-2|~|150903|160609\n\
4.3|0-3|~|151124|160609\n\
4.4|0-2|~|160202|160609\n\
4.5|0-4|~|160330|160831\n\
4.6|0-6|~|160831|171023\n\
5.0|0-2|~|160418|161130\n\
5.1|1-2|~|161208|170113\n\
5.2|0-2|~|170131|170301\n\
5.3|0-2|~|170329|170428\n\
5.4|0-3|~|170505|170628\n\
5.5|0-2|~|170706|170818\n\
5.6|0-16|~|171023|190319\n\
6.4|0-3|~|181004|181113\n\
6.5|0-4|~|181114|181219\n\
6.6|0-2|~|190206|190314\n\
6.7|0-2|~|190328|190503\n\
6.8|0-23|~|190520|220113\n\
7.0|0-1|~|190412|190503\n\
7.1|0-1|~|190520|190528\n\
7.2|0-1|~|190625|190801\n\
7.3|0-2|~|190731|190912\n\
7.4|0-2|~|191001|191031\n\
7.5|0-2|~|191202|200121\n\
7.6|0-2|~|200211|200331\n\
7.7|0-1|~|200513|200603\n\
7.8|0-1|~|200618|200727\n\
7.9|0-3|~|200818|201022\n\
7.10|1|~|201209|201209\n\
7.11|1-2|~|210217|210310\n\
7.12|0-1|~|210323|210427\n\
7.13|0-4|~|210604|210720\n\
7.14|0-2|~|210803|211011\n\
7.16|1-3|~|211213|220113\n\
7.17|0-28|~|220201|250225\n\
8.0|0-1|~|220211|220301\n\
8.1|0-3|~|220308|220420\n\
8.2|0-3|~|220503|220614\n\
8.3|1-3|~|220630|220728\n\
8.4|0-3|~|220824|221005\n\
8.5|0-3|~|221101|221208\n\
8.6|0-2|~|230110|230220\n\
8.7|0-1|~|230330|230502\n\
8.8|0-2|~|230525|230828\n\
8.9|0-2|~|230822|230906\n\
8.10|1-4|~|230918|231103\n\
8.11|0-4|~|231107|240111\n\
8.12|0-2|~|240118|240222\n\
8.13|0-4|~|240326|240509\n\
8.14|0-3|~|240605|240711\n\
8.15|0-5|~|240808|241126\n\
8.16|0-6|~|241112|250325\n\
8.17|0-6|~|241216|250509\n\
8.18|0-2|~|250415|250529\n\
9.0|1|~|250509|250509";
