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
//! itself; `12.0-1` is `.12.0` and `.12.1`; `3-19` is `.3` … `.19`; `u92` is `u92`). VARIANTS are
//! the tag suffixes the line ever had (`~` is none), comma-separated, `{a,b}{-c,-d}` standing for
//! every pairing; each applies to every version of the line (a group may be limited to the
//! versions LO..=HI of the expanded list by a `LO-HI:` prefix, as the format allows). FIRST and
//! LAST are the dates (YYMMDD) the line first and last got a new build.

/// `node`.
pub(crate) const NODE: &str = "0.8|28|slim,wheezy,~|140812|150806\n\
0.10|28-48|slim,wheezy,~|140604|161018\n\
0.11|13-16|slim,~|140812|150206\n\
0.12|0-18|slim,wheezy,~|150206|161221\n\
4|0.0 1.0-2 2.0-6 3.0-2 4.0-7 5.0 6.0-2 7.0-3 8.0-7 9.0-1|alpine,slim,stretch,wheezy,~|150909|180330\n\
5|0.0 1.0-1 2.0 3.0 4.0-1 5.0 6.0 7.0-1 8.0 9.0-1 10.0-1 11.0-1 12.0|slim,wheezy,~|151030|160829\n\
6|0.0 1.0 2.0-2 3.0-1 4.0 5.0 6.0 7.0 8.0-1 9.0-5 10.0-3 11.0-5 12.0-3 13.0-1 14.0-4 15.0-1 16.0 17.0-1|alpine,jessie,stretch,wheezy,{,jessie-,stretch-}slim,~|160426|190403\n\
7|0.0 1.0 2.0-1 3.0 4.0 5.0 6.0 7.0-4 8.0 9.0 10.0-1|alpine,slim,stretch,wheezy,~|161025|170726\n\
8|0.0 1.0-4 2.0-1 3.0 4.0 5.0 6.0 7.0 8.0-1 9.0-4 10.0 11.0-4 12.0 13.0 14.0-1 15.0-1 16.0-2 17.0|alpine,alpine3.10,alpine3.11,alpine3.9,buster,jessie,stretch,wheezy,{,buster-,jessie-,stretch-}slim,~|170531|191220\n\
9|0.0 1.0 2.0-1 3.0 4.0 5.0 6.0-1 7.0-1 8.0 9.0 10.0-1 11.1-2|alpine,jessie,slim,stretch,wheezy,~|171101|180612\n\
10|0.0 1.0 2.0-1 3.0 4.0-1 5.0 6.0 7.0 8.0 9.0 10.0 11.0 12.0 13.0 14.0-2 15.0-3 16.0-3 17.0 18.0-1 19.0 20.0-1 21.0 22.0-1 23.0-3 24.0-1|alpine,alpine3.10,alpine3.11,alpine3.9,buster,jessie,stretch,wheezy,{,buster-,jessie-,stretch-}slim,~|180426|210426\n\
11|0.0 1.0 2.0 3.0 4.0 5.0 6.0 7.0 8.0 9.0 10.0-1 11.0 12.0 13.0 14.0 15.0|alpine,slim,stretch,stretch-slim,~|181031|190501\n\
12|0.0 1.0 2.0 3.0-1 4.0 5.0 6.0 7.0 8.0-1 9.0-1 10.0 11.0-1 12.0 13.0-1 14.0-1 15.0 16.0-3 17.0 18.0-4 19.0-1 20.0-2 21.0 22.0-12|alpine,alpine3.10,alpine3.11,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.9,bullseye,buster,stretch,{,bullseye-,buster-,stretch-}slim,~|190424|220409\n\
13|0.0-1 1.0 2.0 3.0 4.0 5.0 6.0 7.0 8.0 10.1 11.0 12.0 13.0 14.0|alpine,alpine3.10,alpine3.11,buster,stretch,{,buster-,stretch-}slim,~|191022|200430\n\
14|0.0 1.0 2.0 3.0 4.0 5.0 6.0 7.0 8.0 9.0 10.0-1 11.0 12.0 13.0-1 14.0 15.0-5 16.0-1 17.0-6 18.0-3 19.0-3 20.0-1 21.0-3|alpine,alpine3.10,alpine3.11,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,bullseye,buster,stretch,{,bullseye-,buster-,stretch-}slim,~|200421|230217\n\
15|0.0-1 1.0 2.0-1 3.0 4.0 5.0-1 6.0 7.0 8.0 9.0 10.0 11.0 12.0 13.0 14.0|alpine,alpine3.10,alpine3.11,alpine3.12,alpine3.13,buster,stretch,{,buster-,stretch-}slim,~|201022|210426\n\
16|0.0 1.0 2.0 3.0 4.0-2 5.0 6.0-2 7.0 8.0 9.0-1 10.0 11.0-1 12.0 13.0-2 14.0-2 15.0-1 16.0 17.0-1 18.0-1 19.0-1 20.0-2|alpine,alpine3.11,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,bookworm,bullseye,buster,stretch,{,bookworm-,bullseye-,buster-,stretch-}slim,~|210426|230810\n\
17|0.0-1 1.0 2.0 3.0-1 4.0 5.0 6.0 7.1-2 8.0 9.0-1|alpine,alpine3.12,alpine3.13,alpine3.14,alpine3.15,bullseye,buster,stretch,{,bullseye-,buster-,stretch-}slim,~|211020|220604\n\
18|0.0 1.0 2.0 3.0 4.0 5.0 6.0 7.0 8.0 9.0-1 10.0 11.0 12.0-1 13.0 14.0-2 15.0 16.0-1 17.0-1 18.0-2 19.0-1 20.0-8|alpine,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,bookworm,bullseye,buster,{,bookworm-,bullseye-,buster-}slim,~|220420|250327\n\
19|0.0-1 1.0 2.0 3.0 4.0 5.0 6.0-1 7.0 8.1 9.0|alpine,alpine3.15,alpine3.16,alpine3.17,alpine3.18,bullseye,buster,{,bullseye-,buster-}slim,~|221018|230602\n\
20|0.0 1.0 2.0 3.0-1 4.0 5.0-1 6.0-1 7.0 8.0-1 9.0 10.0 11.0-1 12.0-2 13.0-1 14.0 15.0-1 16.0 17.0 18.0-3 19.0-2|alpine,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,alpine3.22,bookworm,bullseye,buster,{,bookworm-,bullseye-,buster-}slim,~|230419|250530\n\
21|0.0 1.0 2.0 3.0 4.0 5.0 6.0-2 7.0-3|alpine,alpine3.17,alpine3.18,alpine3.19,alpine3.20,bookworm,bullseye,{,bookworm-,bullseye-}slim,~|231019|240522\n\
22|0.0 1.0 2.0 3.0 4.0-1 5.0-1 6.0 7.0 8.0 9.0 10.0 11.0 12.0 13.0-1 14.0 15.0-1 16.0|alpine,alpine3.18,alpine3.19,alpine3.20,alpine3.21,alpine3.22,bookworm,bullseye,{,bookworm-,bullseye-}slim,~|240425|250530\n\
23|0.0 1.0 2.0 3.0 4.0 5.0 6.0-1 7.0 8.0 9.0 10.0 11.0-1|alpine,alpine3.19,alpine3.20,alpine3.21,alpine3.22,bookworm,bullseye,{,bookworm-,bullseye-}slim,~|241016|250530\n\
24|0.0-2 1.0|alpine,alpine3.20,alpine3.21,alpine3.22,bookworm,bullseye,{,bookworm-,bullseye-}slim,~|250506|250530";

/// `python`.
pub(crate) const PYTHON: &str = "2.7|7-18|alpine,alpine3.10,alpine3.11,alpine3.4,alpine3.6,alpine3.7,alpine3.8,alpine3.9,slim,wheezy,{,slim-}{buster,jessie,stretch},~|140623|200420\n\
3.2|6|slim,wheezy,~|150526|160118\n\
3.3|5-7|alpine,alpine3.4,jessie,slim,wheezy,~|140922|170920\n\
3.4|1-10|alpine,alpine3.4,alpine3.7,alpine3.8,alpine3.9,slim,wheezy,{,slim-}{jessie,stretch},~|140623|190318\n\
3.5|0-10|alpine,alpine3.10,alpine3.11,alpine3.12,alpine3.4,alpine3.7,alpine3.8,alpine3.9,slim,{,slim-}{buster,jessie,stretch},~|150717|200908\n\
3.6|0-15|alpine,alpine3.10,alpine3.11,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.4,alpine3.6,alpine3.7,alpine3.8,alpine3.9,slim,{,slim-}{bullseye,buster,jessie,stretch},~|161228|211124\n\
3.7|0-17|alpine,alpine3.10,alpine3.11,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.7,alpine3.8,alpine3.9,slim,{,slim-}{bookworm,bullseye,buster,stretch},~|180703|230613\n\
3.8|0-20|alpine,alpine3.10,alpine3.11,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,slim,{,slim-}{bookworm,bullseye,buster},~|191014|240909\n\
3.9|0-22|alpine,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,alpine3.22,slim,{,slim-}{bookworm,bullseye,buster},~|201006|250530\n\
3.10|0-17|alpine,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,alpine3.22,slim,{,slim-}{bookworm,bullseye,buster},~|211005|250530\n\
3.11|0-12|alpine,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,alpine3.22,slim,{,slim-}{bookworm,bullseye,buster},~|221024|250530\n\
3.12|0-10|alpine,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,alpine3.22,slim,{,slim-}{bookworm,bullseye},~|231002|250530\n\
3.13|0-3|alpine,alpine3.19,alpine3.20,alpine3.21,alpine3.22,slim,{,slim-}{bookworm,bullseye},~|241007|250530";

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
7|2-11|slim,~|131102|190301\n\
8|0-11|slim,~|141231|210325\n\
9|0-13|slim,~|170227|220622\n\
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
1.24|0-2|glibc,musl,uclibc,~|151014|160610\n\
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
1.9|0-15|alpine,~|150429|160427\n\
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
1.22|0-1|alpine,alpine-slim,alpine3.17,bullseye,{,alpine-,bullseye-}perl,~|220525|230328\n\
1.23|0-4|alpine,alpine-slim,alpine3.17,bullseye,{,alpine-,bullseye-}perl,~|220622|230328\n\
1.24|0|alpine,alpine-slim,alpine3.17,bullseye,{,alpine-,bullseye-}perl,~|230411|230411\n\
1.25|0-5|alpine,alpine-slim,alpine3.17,alpine3.18,alpine3.19,bookworm,bullseye,{,alpine-,bookworm-,bullseye-}perl,~|230523|240417\n\
1.26|0-3|alpine,alpine-slim,alpine3.19,alpine3.20,bookworm,{,alpine-,bookworm-}perl,~|240423|250205\n\
1.27|0-5|alpine,alpine-slim,alpine3.19,alpine3.20,alpine3.21,bookworm,{,alpine-,bookworm-}perl,~|240529|250416\n\
1.28|0|alpine,alpine-slim,alpine3.21,bookworm,{,alpine-,bookworm-}perl,~|250423|250423";

/// `httpd`.
pub(crate) const HTTPD: &str = "2.2|29-34|alpine,~|141027|170711\n\
2.4|10-63|alpine,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,alpine3.22,bookworm,bullseye,buster,~|141027|250530";

/// `mysql`.
pub(crate) const MYSQL: &str = "5.5|40-62|~|141103|181023\n\
5.6|17-51|~|140604|210119\n\
5.7|4-44|debian,oracle,~|140811|231215\n\
8.0|0-4 11-42|bookworm,bullseye,debian,oracle,oraclelinux8,oraclelinux9,~|161014|250414\n\
8.1|0|oracle,~|230727|230727\n\
8.2|0|oracle,oraclelinux8,~|231024|231215\n\
8.3|0|oracle,oraclelinux8,~|240118|240118\n\
8.4|0-5|oracle,oraclelinux8,oraclelinux9,~|240430|250414\n\
9.0|0-1|oracle,oraclelinux9,~|240702|240722\n\
9.1|0|oracle,oraclelinux9,~|241014|241014\n\
9.2|0|oracle,oraclelinux9,~|250121|250121\n\
9.3|0|oracle,oraclelinux9,~|250414|250414";

/// `mariadb`.
pub(crate) const MARIADB: &str = "5.5|40-64|trusty,wheezy,~|141125|190429\n\
10.0|15-38|jessie,xenial,~|141125|190201\n\
10.1|1-3 10-48|bionic,jessie,~|141125|201104\n\
10.2|5-44|bionic,jessie,~|170518|220520\n\
10.3|0-39|bionic,focal,jessie,~|170518|230511\n\
10.4|0-34|bionic,focal,~|181114|240523\n\
10.5|1-29|bionic,focal,~|200214|250509\n\
10.6|0-22|focal,jammy,~|210429|250509\n\
10.7|1-8|focal,~|211108|230207\n\
10.8|2-8|focal,jammy,~|220214|230511\n\
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
9.2|9-23|alpine,~|140731|170831\n\
9.3|4-25|alpine,~|140604|181108\n\
9.4|0-26|alpine,~|141218|200214\n\
9.5|0-25|alpine,~|160107|210212\n\
9.6|0-24|alpine,alpine3.13,alpine3.14,alpine3.15,bullseye,buster,stretch,~|160929|211129\n\
10|0-23|alpine,alpine3.13,alpine3.14,alpine3.15,alpine3.16,bullseye,buster,stretch,~|171005|221110\n\
11|0-22|alpine,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,bookworm,bullseye,buster,stretch,~|181018|231208\n\
12|0-22|alpine,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,bookworm,bullseye,buster,~|191003|241206\n\
13|0-21|alpine,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,alpine3.22,bookworm,bullseye,buster,~|200924|250530\n\
14|0-18|alpine,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,alpine3.22,bookworm,bullseye,~|210930|250530\n\
15|0-13|alpine,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,alpine3.22,bookworm,bullseye,~|221014|250530\n\
16|0-9|alpine,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,alpine3.22,bookworm,bullseye,~|230914|250530\n\
17|0-5|alpine,alpine3.19,alpine3.20,alpine3.21,alpine3.22,bookworm,bullseye,~|240926|250530";

/// `redis`.
pub(crate) const REDIS: &str = "2.6|17|32bit,~|140819|151228\n\
2.8|6-23|32bit,~|140604|160609\n\
3.0|0-7|32bit,alpine,~|150406|160609\n\
3.2|0-12|32bit,alpine,alpine3.8,{,32bit-}stretch,~|160509|180726\n\
4.0|0-14|32bit,alpine,alpine3.10,alpine3.11,alpine3.8,alpine3.9,{,32bit-}{buster,stretch},~|170714|191221\n\
5.0|0-14|32bit,alpine,alpine3.10,alpine3.11,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.8,alpine3.9,{,32bit-}{bullseye,buster,stretch},~|181018|220524\n\
6.0|0-20|alpine,alpine3.11,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,bookworm,bullseye,buster,~|200430|231207\n\
6.2|0-18|alpine,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,bookworm,bullseye,buster,~|210222|250424\n\
7.0|0-15|alpine,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,bookworm,bullseye,~|220427|240523\n\
7.2|0-9|alpine,alpine3.18,alpine3.19,alpine3.20,alpine3.21,bookworm,~|230816|250529\n\
7.4|0-4|alpine,alpine3.20,alpine3.21,bookworm,~|240729|250529\n\
8.0|0-2|alpine,alpine3.21,bookworm,~|250504|250529";

/// `mongo`.
pub(crate) const MONGO: &str = "2.2|7|~|140818|160229\n\
2.4|10-14|~|140818|160229\n\
2.6|1-12|~|140604|160609\n\
2.7|5-8|~|140818|141103\n\
2.8|0|~|141114|150114\n\
3.0|0-15|wheezy,~|150126|171219\n\
3.1|4-9|~|150618|160229\n\
3.2|0-21|jessie,~|151031|180906\n\
3.3|5-15|~|160502|161102\n\
3.4|0-24|jessie,xenial,~|161101|200124\n\
3.5|5-13|jessie,~|170403|171122\n\
3.6|0-23|jessie,stretch,xenial,~|171127|210319\n\
3.7|1-9|jessie,xenial,~|180116|180523\n\
4.0|0-28|bionic,xenial,~|180627|220131\n\
4.1|1-13|bionic,xenial,~|180720|190530\n\
4.2|0-24|bionic,~|190813|230224\n\
4.4|0-29|bionic,focal,~|200730|240229\n\
5.0|0-31|focal,~|210713|250128\n\
6.0|1-23|focal,jammy,~|220824|250429\n\
7.0|0-20|jammy,~|230816|250429\n\
8.0|0-9|noble,~|240918|250501";

/// `golang`.
pub(crate) const GOLANG: &str = "1.2|0-2|cross,~|140731|141126\n\
1.3|0-3|cross,wheezy,~|140814|150819\n\
1.4|0-3|alpine,cross,wheezy,~|141211|160104\n\
1.5|0-4|alpine,wheezy,~|150819|160607\n\
1.6|0-4|alpine,wheezy,~|160217|161201\n\
1.7|0-6|alpine,alpine3.4,alpine3.5,alpine3.6,jessie,wheezy,~|160816|170711\n\
1.8|0-7|alpine,alpine3.5,alpine3.6,jessie,stretch,wheezy,~|170216|180207\n\
1.9|0-7|alpine,alpine3.6,alpine3.7,alpine3.8,stretch,~|170824|180712\n\
1.10|0-8|alpine,alpine3.7,alpine3.8,alpine3.9,stretch,~|180216|190201\n\
1.11|0-13|alpine,alpine3.10,alpine3.7,alpine3.8,alpine3.9,buster,stretch,~|180827|190813\n\
1.12|0-17|alpine,alpine3.10,alpine3.11,alpine3.9,buster,stretch,~|190226|200212\n\
1.13|0-15|alpine,alpine3.10,alpine3.11,alpine3.12,buster,stretch,~|190903|200806\n\
1.14|0-15|alpine,alpine3.11,alpine3.12,alpine3.13,buster,stretch,~|200225|210204\n\
1.15|0-15|alpine,alpine3.12,alpine3.13,alpine3.14,buster,stretch,~|200811|210805\n\
1.16|0-15|alpine,alpine3.12,alpine3.13,alpine3.14,alpine3.15,bullseye,buster,stretch,~|210216|220303\n\
1.17|0-13|alpine,alpine3.13,alpine3.14,alpine3.15,alpine3.16,bullseye,buster,stretch,~|210816|220801\n\
1.18|0-10|alpine,alpine3.14,alpine3.15,alpine3.16,alpine3.17,bullseye,buster,stretch,~|220315|230110\n\
1.19|0-13|alpine,alpine3.15,alpine3.16,alpine3.17,alpine3.18,bookworm,bullseye,buster,~|220802|230908\n\
1.20|0-14|alpine,alpine3.16,alpine3.17,alpine3.18,alpine3.19,bookworm,bullseye,buster,~|230201|240206\n\
1.21|0-13|alpine,alpine3.17,alpine3.18,alpine3.19,alpine3.20,bookworm,bullseye,~|230808|240806\n\
1.22|0-12|alpine,alpine3.18,alpine3.19,alpine3.20,alpine3.21,bookworm,bullseye,~|240206|250204\n\
1.23|0-9|alpine,alpine3.19,alpine3.20,alpine3.21,alpine3.22,bookworm,bullseye,~|240813|250530\n\
1.24|0-3|alpine,alpine3.20,alpine3.21,alpine3.22,bookworm,bullseye,~|250211|250530";

/// `openjdk`.
pub(crate) const OPENJDK: &str = "6|=|jdk,jre,{,jdk-,jre-}wheezy,{,jdk-,jre-}{slim,slim-wheezy},~|160811|180118\n\
7|u91 u111 u121 u131 u151 u171 u181 u201 u211 u221|jdk,jre,{,jdk-,jre-}jessie,{,jdk-,jre-}{alpine,alpine3.7,alpine3.8,alpine3.9,slim,slim-jessie},~|160811|190510\n\
8|u92 u102 u111 u121 u131 u141 u151 u162 u171 u181 u191 u201 u212 u222 u232 u242 u252 u262-265 u272-275 u282 u292 u302 u312 u322 u332 u342|jdk,jre,{,jdk-,jre-}{alpine,alpine3.7,alpine3.8,alpine3.9,slim,slim-bullseye,slim-buster,slim-stretch},{,jdk-,jre-}{bullseye,buster,stretch},{,jdk-}{oracle,oraclelinux8},~|160811|220725\n\
9|0.1-4|jdk,jre,{,jdk-,jre-}sid,{,jdk-,jre-}{slim,slim-sid},~|171102|180319\n\
10|0.1-2|jdk,jre,{,jdk-,jdk-slim-,jre-,jre-slim-,slim-}{experimental,sid},{,jdk-,jre-}slim,{,jdk-}oracle,~|180420|181012\n\
11|0.1-8 0.9.1 0.10-13 0.14.1 0.15-16|jdk,jre,{,jdk-,jdk-slim-,jre-,jre-slim-,slim-}{bullseye,buster,sid,stretch},{,jdk-,jre-}slim,{,jdk-}{oracle,oraclelinux8},~|181018|220725\n\
12|0.1-2|jdk,{,jdk-}{alpine,alpine3.8,alpine3.9,oracle},~|190417|190716\n\
13|0.1-2|jdk,{,jdk-}buster,{,jdk-}{alpine,alpine3.10,alpine3.8,alpine3.9,oracle,slim,slim-buster},~|191015|200114\n\
14|0.1-2|jdk,{,jdk-}buster,{,jdk-}{alpine,alpine3.10,oracle,oraclelinux8,slim,slim-buster},~|200414|200915\n\
15|0.1-2|jdk,{,jdk-}buster,{,jdk-}{alpine,alpine3.11,alpine3.12,oracle,oraclelinux8,slim,slim-buster},~|201020|210319\n\
16|0.1-2|jdk,{,jdk-}{alpine,alpine3.12,alpine3.13,oracle,oraclelinux8,slim,slim-bullseye,slim-buster},{,jdk-}{bullseye,buster},~|210420|210914\n\
17|0.1-2|jdk,{,jdk-}{alpine,alpine3.12,alpine3.13,alpine3.14,oracle,oraclelinux8,slim,slim-bullseye,slim-buster},{,jdk-}{bullseye,buster},~|211019|220118\n\
18|0.1.1 0.2.1|jdk,{,jdk-}{alpine,alpine3.13,alpine3.14,alpine3.15,oracle,oraclelinux8,slim,slim-bullseye,slim-buster},{,jdk-}{bullseye,buster},~|220502|220819\n\
19|=|jdk,{,jdk-}{alpine,alpine3.14,alpine3.15,alpine3.16,oracle,oraclelinux8,slim,slim-bullseye,slim-buster},{,jdk-}{bullseye,buster},~|211213|220819\n\
20|=|jdk,{,jdk-}{bullseye,buster},{,jdk-}{oracle,oraclelinux8,slim,slim-bullseye,slim-buster},~|220615|230214\n\
21|=|jdk,{,jdk-,jdk-slim-,slim-}{bookworm,bullseye,buster},{,jdk-}{oracle,oraclelinux8,slim},~|221213|230811\n\
22|=|jdk,{,jdk-,jdk-slim-,slim-}{bookworm,bullseye,buster},{,jdk-}{oracle,oraclelinux8,oraclelinux9,slim},~|230612|240315\n\
23|=|jdk,{,jdk-}{bookworm,bullseye},{,jdk-}{oracle,oraclelinux8,oraclelinux9,slim,slim-bookworm,slim-bullseye},~|231211|240809\n\
24|=|jdk,{,jdk-}{bookworm,bullseye},{,jdk-}{oracle,oraclelinux8,oraclelinux9,slim,slim-bookworm,slim-bullseye},~|240611|250206\n\
25|=|jdk,{,jdk-}{bookworm,bullseye},{,jdk-}{oracle,oraclelinux8,oraclelinux9,slim,slim-bookworm,slim-bullseye},~|241209|250529";

/// `eclipse-temurin`.
pub(crate) const ECLIPSE_TEMURIN: &str = "8|u302 u312 u322 u332 u342-345 u352 u362 u372 u382 u392 u402 u412 u422 u432 u442 u452|alpine,centos7,focal,jammy,noble,{,b01-,b05-,b06-,b07-,b07.1-,b08-,b09-}{jdk,jre},{,b01-,b05-,b06-,b07-,b08-,b09-}{jdk-alpine,jdk-centos7,jdk-focal,jdk-jammy,jre-alpine,jre-centos7,jre-focal,jre-jammy},{,b05-,b06-,b07-,b08-,b09-}{jdk-ubi9-minimal,jre-ubi9-minimal},{,b05-,b06-,b09-}{jdk-noble,jre-noble},{,b06-jdk-,b06-jre-,b09-jdk-,b09-jre-,jdk-,jre-}{alpine-3.20,alpine-3.21},~|210813|250428\n\
11|0.12_7 0.13_8 0.14.1_1 0.14_9 0.15_10 0.16.1_1 0.16_8 0.17_8 0.18_10 0.19_7 0.20.1_1 0.20_8 0.21_9 0.22_7 0.23_9 0.24_8 0.25_9 0.26_4 0.27_6|jdk,jre,{,jdk-,jre-}{alpine,alpine-3.20,alpine-3.21,centos7,focal,jammy,noble},{jdk,jre}-ubi9-minimal,~|210813|250423\n\
16|0.2_7|jdk,{,jdk-}{alpine,centos7,focal},~|210813|211005\n\
17|0.1_12 0.2_8 0.3_7 0.4.1_1 0.4_8 0.5_8 0.6_10 0.7_7 0.8.1_1 0.8_7 0.9_9 0.10_7 0.11_9 0.12_7 0.13_11 0.14_7 0.15_6 _35|jdk,jre,{,jdk-,jre-}{alpine,alpine-3.20,alpine-3.21,centos7,focal,jammy,noble},{jdk,jre}-ubi9-minimal,~|210922|250423\n\
18|0.1_10 0.2.1_1 0.2_9 _36|jdk,jre,{,jdk-,jre-}{alpine,centos7,focal,jammy},~|220329|220827\n\
19|0.1_10 0.2_7 _36|jdk,jre,{,jdk-,jre-}{alpine,centos7,focal,jammy},{jdk,jre}-ubi9-minimal,~|220926|230125\n\
20|0.1_9 0.2_9 _36|alpine,jammy,jdk,jre,{jdk,jre}{-alpine,-jammy,-ubi9-minimal},~|230327|230725\n\
21|0.1_12 0.2_13 0.3_9 0.4_7 0.5_11 0.6_7 0.7_6 _35|jdk,jre,{,jdk-,jre-}{alpine,alpine-3.20,alpine-3.21,jammy,noble},{jdk,jre}-ubi9-minimal,~|231011|250423\n\
22|0.1_8 0.2_9 _36|alpine,jammy,jdk,jre,noble,{jdk,jre}{-alpine,-jammy,-noble,-ubi9-minimal},~|240327|240723\n\
23|0.1_11 0.2_7 _37|jdk,jre,{,jdk-,jre-}{alpine,alpine-3.20,alpine-3.21,noble},{jdk,jre}-ubi9-minimal,~|240918|250131\n\
24|0.1_9 _36|jdk,jre,{,jdk-,jre-}{alpine,alpine-3.20,alpine-3.21,noble},{jdk,jre}-ubi9-minimal,~|250325|250423";

/// `amazoncorretto`.
pub(crate) const AMAZONCORRETTO: &str = "8|u192 u202 u212 u222 u232 u242 u252 u262-265 u272-275 u282 u292 u302 u312 u322 u332 u342 u352 u362 u372 u382 u392 u402 u412 u422 u432 u442 u452|al2,al2023,alpine,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,{al2,al2-native,al2022,al2023,alpine,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21}-jdk,{al2,alpine,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21}-full,{al2-native,al2023,alpine,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21}-jre,~|181121|250415\n\
11|0.2-27|al2,al2023,al2023-headful,alpine,alpine-jre,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,{al2,al2-native,al2022,al2023,alpine,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21}-jdk,{al2,alpine,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21}-full,{al2-native,al2023}-headless,~|190305|250415\n\
15|0.1-2|al2,alpine,{al2-,alpine-}{full,jdk},~|201027|210122\n\
16|0.0-2|al2,alpine,alpine3.12,alpine3.13,alpine3.14,{al2,alpine,alpine3.12,alpine3.13,alpine3.14}{-full,-jdk},~|210317|210930\n\
17|0.0-15|al2,al2023,alpine,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,{al2,al2-native,al2022,al2023,alpine,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21}-jdk,{al2,alpine,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21}-full,{al2-native-,al2023-}{headful,headless},~|210916|250415\n\
18|0.0-2|al2,alpine,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16,{al2,alpine,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16}{-full,-jdk},~|220406|220928\n\
19|0.0-2|al2,alpine,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17,{al2,alpine,alpine3.13,alpine3.14,alpine3.15,alpine3.16,alpine3.17}{-full,-jdk},~|220919|230117\n\
20|0.0-2|al2,al2023-generic,alpine,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,{al2,al2023-generic,alpine,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18}-jdk,{al2,alpine,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18}-full,~|230321|230803\n\
21|0.0-7|al2,al2023,al2023-{headful,headless},alpine,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,{al2,al2023,alpine,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21}-jdk,{al2,alpine,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21}-full,~|230921|250415\n\
22|0.0-2|al2023,alpine,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,jdk,{,al2023-}{headful,headless},{al2023,alpine,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20}-jdk,{alpine,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20}-full,~|240326|240716\n\
23|0.0-2|al2023,alpine,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21,jdk,{,al2023-}{headful,headless},{al2023,alpine,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21}-jdk,{alpine,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21}-full,~|240919|250124\n\
24|0.0-1|al2023,alpine,alpine3.18,alpine3.19,alpine3.20,alpine3.21,jdk,{,al2023-}{headful,headless},{al2023,alpine,alpine3.18,alpine3.19,alpine3.20,alpine3.21}-jdk,{alpine,alpine3.18,alpine3.19,alpine3.20,alpine3.21}-full,~|250323|250415";

/// `php`.
pub(crate) const PHP: &str = "5.3|29|apache,cli,~|140825|141008\n\
5.4|32-45|apache,cli,fpm,~|140825|151019\n\
5.5|16-38|apache,cli,fpm,{,fpm-}alpine,~|140825|160721\n\
5.6|0-40|apache,cli,fpm,{,apache-,cli-,fpm-}{jessie,stretch},{,cli-,fpm-}{alpine,alpine3.4,alpine3.7,alpine3.8},~|140825|190111\n\
7.0|0-33|apache,cli,fpm,{,apache-,cli-,fpm-}{jessie,stretch},{,cli-,fpm-}{alpine,alpine3.4,alpine3.7},~|151203|181207\n\
7.1|0-33|apache,cli,fpm,{,apache-,cli-,fpm-}{buster,jessie,stretch},{,cli-,fpm-}{alpine,alpine3.10,alpine3.4,alpine3.7,alpine3.8,alpine3.9},~|161206|191024\n\
7.2|0-34|apache,cli,fpm,{,apache-,cli-,fpm-}{buster,stretch},{,cli-,fpm-}{alpine,alpine3.10,alpine3.11,alpine3.12,alpine3.6,alpine3.7,alpine3.8,alpine3.9},~|171130|201001\n\
7.3|0-33|apache,cli,fpm,{,apache-,cli-,fpm-}{bullseye,buster,stretch},{,cli-,fpm-}{alpine,alpine3.10,alpine3.11,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.8,alpine3.9},~|181207|211129\n\
7.4|0-33|apache,cli,fpm,{,apache-,cli-,fpm-}{bullseye,buster},{,cli-,fpm-}{alpine,alpine3.10,alpine3.11,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16},~|191128|221103\n\
8.0|0-30|apache,cli,fpm,{,apache-,cli-,fpm-}{bullseye,buster},{,cli-,fpm-}{alpine,alpine3.12,alpine3.13,alpine3.14,alpine3.15,alpine3.16},~|201130|230808\n\
8.1|0-32|apache,cli,fpm,{,apache-,cli-,fpm-}{bookworm,bullseye,buster},{,cli-,fpm-}{alpine,alpine3.14,alpine3.15,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21},~|211129|250313\n\
8.2|0-28|apache,cli,fpm,{,apache-,cli-,fpm-}{bookworm,bullseye,buster},{,cli-,fpm-}{alpine,alpine3.16,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21},~|221208|250313\n\
8.3|0-21|apache,cli,fpm,{,apache-,cli-,fpm-}{bookworm,bullseye},{,cli-,fpm-}{alpine,alpine3.17,alpine3.18,alpine3.19,alpine3.20,alpine3.21},~|231127|250508\n\
8.4|1-7|apache,cli,fpm,{,apache-,cli-,fpm-}{bookworm,bullseye},{,cli-,fpm-}{alpine,alpine3.19,alpine3.20,alpine3.21},~|241121|250508";

/// `wordpress`.
pub(crate) const WORDPRESS: &str = "3.9|1-2|~|140604|140811\n\
4.0|0-1|~|140922|141122\n\
4.1|0-2|apache,fpm,~|141218|150421\n\
4.2|1-4|apache,fpm,~|150429|150811\n\
4.3|0-1|apache,fpm,~|150819|151123\n\
4.4|0-2|apache,fpm,~|151209|160203\n\
4.5|0-3|apache,fpm,~|160413|160623\n\
4.6|0-1|php5.6,php7.0,{,php5.6-,php7.0-}{apache,fpm},~|160817|161006\n\
4.7|0-5|php5.6,php7.0,php7.1,{,php5.6-,php7.0-,php7.1-}{apache,fpm,fpm-alpine},~|161206|170517\n\
4.8|0-3|php5.6,php7.0,php7.1,{,php5.6-,php7.0-,php7.1-}{apache,fpm,fpm-alpine},~|170608|171031\n\
4.9|0-8|php5.6,php7.0,php7.1,php7.2,{,php5.6-,php7.0-,php7.1-,php7.2-}{apache,fpm,fpm-alpine},~|171120|180803\n\
5.0|0-3|php5.6,php7.0,php7.1,php7.2,php7.3,{,php5.6-,php7.0-,php7.1-,php7.2-,php7.3-}{apache,fpm,fpm-alpine},~|181206|190110\n\
5.1|0-1|php7.1,php7.2,php7.3,{,php7.1-,php7.2-,php7.3-}{apache,fpm,fpm-alpine},~|190222|190313\n\
5.2|0-4|php7.1,php7.2,php7.3,{,php7.1-,php7.2-,php7.3-}{apache,fpm,fpm-alpine},~|190507|191015\n\
5.3|0-2|php7.1,php7.2,php7.3,php7.4,{,php7.1-,php7.2-,php7.3-,php7.4-}{apache,fpm,fpm-alpine},~|191113|191219\n\
5.4|0-2|php7.2,php7.3,php7.4,{,php7.2-,php7.3-,php7.4-}{apache,fpm,fpm-alpine},~|200401|200625\n\
5.5|0-3|php7.2,php7.3,php7.4,{,php7.2-,php7.3-,php7.4-}{apache,fpm,fpm-alpine},~|200811|201031\n\
5.6|0-2|php7.2,php7.3,php7.4,php8.0,{,php7.2-,php7.3-,php7.4-,php8.0-}{apache,fpm,fpm-alpine},~|201209|210222\n\
5.7|0-2|php7.3,php7.4,php8.0,{,php7.3-,php7.4-,php8.0-}{apache,fpm,fpm-alpine},~|210309|210513\n\
5.8|0-3|php7.3,php7.4,php8.0,php8.1,{,php7.3-,php7.4-,php8.0-,php8.1-}{apache,fpm,fpm-alpine},~|210720|220106\n\
5.9|0-3|php7.3,php7.4,php8.0,php8.1,{,php7.3-,php7.4-,php8.0-,php8.1-}{apache,fpm,fpm-alpine},~|220126|220405\n\
6.0|0-3|php7.4,php8.0,php8.1,{,php7.4-,php8.0-,php8.1-}{apache,fpm,fpm-alpine},~|220524|221017\n\
6.1|0-1|php7.4,php8.0,php8.1,php8.2,{,php7.4-,php8.0-,php8.1-,php8.2-}{apache,fpm,fpm-alpine},~|221102|221214\n\
6.2|0-2|php8.0,php8.1,php8.2,{,php8.0-,php8.1-,php8.2-}{apache,fpm,fpm-alpine},~|230329|230520\n\
6.3|0-2|php8.0,php8.1,php8.2,{,php8.0-,php8.1-,php8.2-}{apache,fpm,fpm-alpine},~|230808|231012\n\
6.4|0-3|php8.0,php8.1,php8.2,php8.3,{,php8.0-,php8.1-,php8.2-,php8.3-}{apache,fpm,fpm-alpine},~|231107|240130\n\
6.5|0-5|php8.1,php8.2,php8.3,{,php8.1-,php8.2-,php8.3-}{apache,fpm,fpm-alpine},~|240402|240624\n\
6.6|0-2|php8.1,php8.2,php8.3,{,php8.1-,php8.2-,php8.3-}{apache,fpm,fpm-alpine},~|240716|240910\n\
6.7|0-2|php8.1,php8.2,php8.3,php8.4,{,php8.1-,php8.2-,php8.3-,php8.4-}{apache,fpm,fpm-alpine},~|241113|250313\n\
6.8|0-1|php8.1,php8.2,php8.3,php8.4,{,php8.1-,php8.2-,php8.3-,php8.4-}{apache,fpm,fpm-alpine},~|250415|250430";

/// `tomcat`.
pub(crate) const TOMCAT: &str = "6.0|41-53|jre7,jre8,~|141024|170410\n\
7.0|56-109|jdk8,jdk8-openjdk,jre7,jre8,{,jre7-,jre8-}alpine,~|141024|210426\n\
8.0|14-53|jre7,jre8,{,jre7-,jre8-}alpine,~|141024|180706\n\
8.5|0-100|jdk11,jdk14,jdk15,jdk16,jdk17,jdk21,jdk8,jre10,jre11,jre17,jre21,jre8,jre9,{,jre8-}alpine,{jdk11,jdk14,jdk15,jdk16,jdk17,jdk21,jdk8}-openjdk,{jdk11,jdk16,jdk17,jdk21,jdk8,jre11,jre17,jre21,jre8}-temurin,{jdk11,jdk16,jdk17,jdk8,jre11,jre17,jre8}-temurin-focal,{jdk11,jdk17,jdk21,jdk8,jre11,jre17,jre21,jre8}-temurin-jammy,~|160405|240325\n\
9.0|0-105|jdk11,jdk14,jdk15,jdk16,jdk17,jdk21,jdk8,jre10,jre11,jre17,jre21,jre8,jre9,{,jre8-}alpine,{jdk11,jdk14,jdk15,jdk16,jdk17,jdk21,jdk8}-openjdk,{jdk11,jdk16,jdk17,jdk21,jdk8,jre11,jre17,jre21,jre8}-temurin,{jdk11,jdk16,jdk17,jdk8,jre11,jre17,jre8}-temurin-focal,{jdk11,jdk17,jdk21,jdk8,jre11,jre17,jre21,jre8}{-temurin-jammy,-temurin-noble},~|160405|250513\n\
10.0|0-27|jdk11,jdk14,jdk15,jdk16,jdk17,jdk8,jre11,jre17,jre8,{jdk11,jdk14,jdk15,jdk16,jdk17,jdk8}-openjdk,{jdk11,jdk16,jdk17,jdk8,jre11,jre17,jre8}{-temurin,-temurin-focal},{jdk11,jdk17,jdk8,jre11,jre17,jre8}-temurin-jammy,~|200423|221011\n\
10.1|0-41|jdk11,jdk16,jdk17,jdk21,jre11,jre17,jre21,{jdk11,jdk16,jdk17,jdk21,jre11,jre17,jre21}-temurin,{jdk11,jdk16,jdk17,jdk21}-openjdk,{jdk11,jdk16,jdk17,jre11,jre17}-temurin-focal,{jdk11,jdk17,jdk21,jre11,jre17,jre21}{-temurin-jammy,-temurin-noble},~|210830|250513\n\
11.0|0-7|jdk11,jdk17,jdk21,jdk21-openjdk,jre11,jre17,jre21,{jdk11,jdk17,jdk21,jre11,jre17,jre21}{-temurin,-temurin-jammy},{jdk17,jdk21,jre17,jre21}-temurin-noble,~|221205|250513";

/// `rabbitmq`.
pub(crate) const RABBITMQ: &str = "3.4|2-4|management,~|141231|150224\n\
3.5|0-7|management,~|150319|151216\n\
3.6|0-16|management,{,management-}alpine,~|151228|180615\n\
3.7|0-28|management,{,management-}alpine,~|171211|200817\n\
3.8|0-34|management,{,management-}alpine,~|191001|220601\n\
3.9|0-29|management,{,management-}alpine,~|210726|230309\n\
3.10|0-25|management,{,management-}alpine,~|220503|230718\n\
3.11|0-28|management,{,management-}alpine,~|220926|231221\n\
3.12|0-14|management,{,management-}alpine,~|230602|240505\n\
3.13|0-7|management,{,management-}alpine,~|240223|240918\n\
4.0|0-9|management,{,management-}alpine,~|240918|250415\n\
4.1|0|management,{,management-}alpine,~|250415|250415";

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
pub(crate) const ROCKYLINUX: &str = "8|5.20220308 6.20220707 6.20227707 7.20221219 7.20230215 8.20230518 9.20231119|minimal,~|220314|231130\n\
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
2.0|0-7|alpine,~|190916|191209\n\
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
2.1|0-1|builder,{,builder-}alpine,~|200626|200924\n\
2.2|0-1|builder,{,builder-}alpine,~|200924|210101\n\
2.3|0|builder,{,builder-}alpine,~|210101|210510\n\
2.4|0-6|builder,{,builder-}alpine,~|210510|211108\n\
2.5|0-2|builder,{,builder-}alpine,~|220425|220712\n\
2.6|0-4|builder,{,builder-}alpine,~|220920|230215\n\
2.7|2-6|builder,{,builder-}alpine,~|230803|231207\n\
2.8|0-4|builder,{,builder-}alpine,~|240529|240602\n\
2.9|1|builder,{,builder-}alpine,~|250108|250108\n\
2.10|0|builder,{,builder-}alpine,~|250418|250418";

/// `elasticsearch`.
pub(crate) const ELASTICSEARCH: &str = "1.3|7-9|~|150206|160311\n\
1.4|2-5|~|150206|160609\n\
1.5|0-2|~|150325|160609\n\
1.6|0-2|~|150609|160609\n\
1.7|0-6|alpine,~|150717|161213\n\
2.0|0-2|~|150828|160609\n\
2.1|0-2|~|151124|160609\n\
2.2|0-2|~|160202|160609\n\
2.3|0-5|~|160330|160831\n\
2.4|0-6|alpine,~|160831|171023\n\
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
