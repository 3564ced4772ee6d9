//! Java by what it shows: `java -version` in each JDK's own wording (8's `1.8.0_342`, 11+'s
//! dated lines, Temurin's vendor tags), `java -jar` of a Spring Boot jar (its banner, the
//! embedded Tomcat's lines, whitelabel errors, `@GetMapping` literals found in the jar), and
//! the tomcat image's `catalina.sh run` serving `webapps/ROOT`.

use std::collections::BTreeMap;

use super::apps::{self, AppServer};
use super::{
    env_or, http_date, HttpRequest, HttpResponse, ProgramCtx, Service, Signal, SignalEffect, Start,
};
use crate::runtime::Output;
use crate::vfs::{base_name, normalize, Node, Tree};

/// Which JVM server.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JavaKind {
    /// A Spring Boot application with its embedded Tomcat.
    SpringBoot,
    /// Standalone Tomcat (`catalina.sh run`).
    Tomcat,
}

/// A JVM web server.
#[derive(Clone, Debug)]
pub struct JavaServer {
    /// Which server.
    pub kind: JavaKind,
    /// The command line.
    pub command: String,
    /// The HTTP port.
    pub port: u16,
    /// `@GetMapping` paths with the literal they return.
    pub routes: Vec<(String, String)>,
    /// Tomcat's version (`10.1.41`).
    pub tomcat: String,
    /// The application's name in Spring Boot's log lines (`demo`).
    pub app: String,
}

/// `(version as printed, release date, build)` from the image's `JAVA_VERSION`.
fn jdk(env: &BTreeMap<String, String>) -> (String, u32, String) {
    let raw = env_or(env, "JAVA_VERSION", "jdk-21.0.7+6");
    let v = raw.trim_start_matches("jdk-").trim_start_matches("jdk");
    // Java 8: `8u342`, `8u452-b09`.
    if let Some(update) = v.strip_prefix("8u") {
        let (u, b) = update.split_once('-').unwrap_or((update, "b07"));
        return (format!("1.8.0_{u}"), 8, b.to_string());
    }
    let (ver, build) = v.split_once('+').unwrap_or((v, ""));
    let major = ver
        .split(['.', '-'])
        .next()
        .and_then(|m| m.parse().ok())
        .unwrap_or(21);
    (ver.to_string(), major, build.to_string())
}

/// The version number Spring Boot prints (`21.0.7`, `1.8.0_342`).
fn java_number(env: &BTreeMap<String, String>) -> String {
    jdk(env).0
}

/// `java -version` (on stderr) and `java --version` (on stdout).
fn version_text(env: &BTreeMap<String, String>) -> String {
    let (ver, major, build) = jdk(env);
    let temurin = env
        .get("JAVA_HOME")
        .is_some_and(|h| h.starts_with("/opt/java"));
    let corretto = env
        .get("JAVA_HOME")
        .is_some_and(|h| h.contains("amazon-corretto"));
    if major == 8 {
        let u = ver.trim_start_matches("1.8.0_");
        return if corretto {
            let build = if build == "b07" { "b09" } else { &build };
            let n = build.trim_start_matches('b');
            format!("openjdk version \"{ver}\"\nOpenJDK Runtime Environment Corretto-8.{u}.{n}.1 (build {ver}-{build})\nOpenJDK 64-Bit Server VM Corretto-8.{u}.{n}.1 (build 25.{u}-{build}, mixed mode)\n")
        } else if temurin {
            format!("openjdk version \"{ver}\"\nOpenJDK Runtime Environment (Temurin)(build {ver}-{build})\nOpenJDK 64-Bit Server VM (Temurin)(build 25.{u}-{build}, mixed mode)\n")
        } else {
            format!("openjdk version \"{ver}\"\nOpenJDK Runtime Environment (build {ver}-{build})\nOpenJDK 64-Bit Server VM (build 25.{u}-{build}, mixed mode)\n")
        };
    }
    let date = match ver.as_str() {
        "17.0.2" => "2022-01-18",
        "11.0.16" => "2022-07-19",
        "18.0.2.1" => "2022-08-18",
        "19.0.2" | "21.0.2" | "17.0.10" | "11.0.22" => "2024-01-16",
        v if v.starts_with("22") => "2024-03-19",
        v if v.starts_with("23") => "2024-09-17",
        v if v.starts_with("24") => "2025-03-18",
        _ => "2025-04-15",
    };
    // Amazon's builds name their own four-part release (`Corretto-17.0.15.6.1`); a tag's
    // version without it gets the build of the April 2025 releases.
    if corretto {
        let parts: Vec<&str> = ver.split('.').collect();
        let (shown, b, own) = if parts.len() >= 5 {
            (parts[..3].join("."), parts[3].to_string(), ver.clone())
        } else {
            (ver.clone(), "6".to_string(), format!("{ver}.6.1"))
        };
        let sharing = if major >= 17 { ", sharing" } else { "" };
        return format!("openjdk version \"{shown}\" {date} LTS\nOpenJDK Runtime Environment Corretto-{own} (build {shown}+{b}-LTS)\nOpenJDK 64-Bit Server VM Corretto-{own} (build {shown}+{b}-LTS, mixed mode{sharing})\n");
    }
    // Temurin marks its builds LTS from Java 21 on; its 11 and 17 builds never did.
    let lts = matches!(major, 21 | 25);
    if temurin {
        let b = if build.is_empty() {
            "6"
        } else {
            build.as_str()
        };
        let tag = if lts { " LTS" } else { "" };
        let ltsb = if lts { "-LTS" } else { "" };
        format!("openjdk version \"{ver}\" {date}{tag}\nOpenJDK Runtime Environment Temurin-{ver}+{b} (build {ver}+{b}{ltsb})\nOpenJDK 64-Bit Server VM Temurin-{ver}+{b} (build {ver}+{b}{ltsb}, mixed mode, sharing)\n")
    } else if major == 11 {
        let b = if build.is_empty() {
            "8"
        } else {
            build.as_str()
        };
        format!("openjdk version \"{ver}\" {date}\nOpenJDK Runtime Environment 18.9 (build {ver}+{b})\nOpenJDK 64-Bit Server VM 18.9 (build {ver}+{b}, mixed mode, sharing)\n")
    } else {
        let b = if build.is_empty() {
            "8-86".to_string()
        } else {
            format!("{build}-2362")
        };
        let shown = ver.split('-').next().unwrap_or(&ver);
        let shown = if ver.contains("-ea") {
            format!("{shown}-ea")
        } else {
            shown.to_string()
        };
        format!("openjdk version \"{shown}\" {date}\nOpenJDK Runtime Environment (build {ver}+{b})\nOpenJDK 64-Bit Server VM (build {ver}+{b}, mixed mode, sharing)\n")
    }
}

/// `java ...` as a short command.
pub fn java_command(args: &[String], ctx: &mut ProgramCtx) -> i32 {
    match start_java(args, ctx) {
        Start::Exited(c) => c,
        _ => 0,
    }
}

/// Starts `java`: `-version`, `--version`, or `-jar file.jar`.
pub fn start_java(args: &[String], ctx: &mut ProgramCtx) -> Start {
    let mut port: u16 = ctx
        .env
        .get("SERVER_PORT")
        .and_then(|p| p.parse().ok())
        .unwrap_or(8080);
    let mut jar = None;
    let mut i = 0;
    while let Some(a) = args.get(i) {
        match a.as_str() {
            "-version" => {
                ctx.out.err(version_text(ctx.env));
                return Start::Exited(0);
            }
            "--version" => {
                ctx.out.out(
                    version_text(ctx.env)
                        .replace("openjdk version \"", "openjdk ")
                        .replace("\" ", " ")
                        .replace('"', ""),
                );
                return Start::Exited(0);
            }
            "-jar" => {
                jar = args.get(i + 1).cloned();
                i += 1;
            }
            s if s.starts_with("-Dserver.port=") || s.starts_with("--server.port=") => {
                port = s
                    .split_once('=')
                    .and_then(|(_, p)| p.parse().ok())
                    .unwrap_or(port);
            }
            _ => {}
        }
        i += 1;
    }
    let Some(jar) = jar else {
        ctx.out.err("Usage: java [options] <mainclass> [args...]\n           (to execute a class)\n   or  java [options] -jar <jarfile> [args...]\n           (to execute a jar file)\n");
        return Start::Exited(1);
    };
    let path = normalize(ctx.cwd, &jar);
    let Ok(data) = ctx.fs.read(&path) else {
        ctx.out
            .err(format!("Error: Unable to access jarfile {jar}\n"));
        return Start::Exited(1);
    };
    let text = String::from_utf8_lossy(data).to_string();
    let lower = text.to_ascii_lowercase();
    if lower.contains("main-class:") && !lower.contains("spring") {
        // A plain jar: its program runs and ends.
        return Start::Exited(0);
    }
    let file = base_name(&path);
    let stem = file.strip_suffix(".jar").unwrap_or(file);
    // `demo-0.0.1-SNAPSHOT.jar`: artifact and version, as Maven names it.
    let (artifact, version) = match stem.find(|c: char| c.is_ascii_digit()) {
        Some(k) if k > 0 && stem.as_bytes().get(k - 1) == Some(&b'-') => (
            stem.get(..k - 1).unwrap_or("demo"),
            stem.get(k..).unwrap_or(""),
        ),
        _ => ("demo", ""),
    };
    let start_class = text
        .lines()
        .find_map(|l| l.strip_prefix("Start-Class:"))
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|| {
            let mut name: String = artifact
                .chars()
                .filter(|c| c.is_ascii_alphanumeric())
                .collect();
            if let Some(first) = name.get(..1).map(str::to_ascii_uppercase) {
                name.replace_range(..1, &first);
            }
            format!(
                "com.example.{}.{name}Application",
                artifact.replace('-', "")
            )
        });
    let simple = start_class
        .rsplit('.')
        .next()
        .unwrap_or("DemoApplication")
        .to_string();
    let manifest = |key: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(key))
            .map(|s| s.trim().to_string())
    };
    // A renamed jar (`app.jar`) still carries its version in the manifest and its name in the
    // main class's package.
    let version = manifest("Implementation-Version:").unwrap_or_else(|| version.to_string());
    let artifact = match start_class.rsplit('.').nth(1) {
        Some(pkg) if artifact == "demo" => pkg.to_string(),
        _ => artifact.to_string(),
    };
    let java = java_number(ctx.env);
    let tomcat = "10.1.41".to_string();
    let mut t = ctx.now_ms;
    let mut line = |dt: i64, logger: &str, msg: &str| {
        t += dt;
        format!(
            "{}  INFO 1 --- [{artifact}] [           main] {logger:<40} : {msg}\n",
            spring_time(t)
        )
    };
    let v = if version.is_empty() {
        String::new()
    } else {
        format!(" v{version}")
    };
    let mut out = String::from("\n  .   ____          _            __ _ _\n /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\\n( ( )\\___ | '_ | '_| | '_ \\/ _` | \\ \\ \\ \\\n \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )\n  '  |____| .__|_| |_|_| |_\\__, | / / / /\n =========|_|==============|___/=/_/_/_/\n\n :: Spring Boot ::                (v3.5.0)\n\n");
    out.push_str(&line(
        412,
        &start_class,
        &format!(
            "Starting {simple}{v} using Java {java} with PID 1 ({path} started by root in {})",
            ctx.cwd
        ),
    ));
    out.push_str(&line(
        3,
        &start_class,
        "No active profile set, falling back to 1 default profile: \"default\"",
    ));
    out.push_str(&line(
        905,
        "o.s.b.w.embedded.tomcat.TomcatWebServer",
        &format!("Tomcat initialized with port {port} (http)"),
    ));
    out.push_str(&line(
        14,
        "o.apache.catalina.core.StandardService",
        "Starting service [Tomcat]",
    ));
    out.push_str(&line(
        1,
        "o.apache.catalina.core.StandardEngine",
        &format!("Starting Servlet engine: [Apache Tomcat/{tomcat}]"),
    ));
    out.push_str(&line(
        48,
        "o.a.c.c.C.[Tomcat].[localhost].[/]",
        "Initializing Spring embedded WebApplicationContext",
    ));
    out.push_str(&line(
        2,
        "w.s.c.ServletWebServerApplicationContext",
        "Root WebApplicationContext: initialization completed in 1017 ms",
    ));
    out.push_str(&line(
        508,
        "o.s.b.w.embedded.tomcat.TomcatWebServer",
        &format!("Tomcat started on port {port} (http) with context path '/'"),
    ));
    out.push_str(&line(
        11,
        &start_class,
        &format!("Started {simple} in 2.345 seconds (process running for 2.789)"),
    ));
    ctx.out.out(out);
    let mut command = vec!["java".to_string()];
    command.extend(args.iter().cloned());
    Start::Running(Service::full_app(AppServer::Java(JavaServer {
        kind: JavaKind::SpringBoot,
        command: command.join(" "),
        port,
        routes: get_mappings(&text),
        tomcat,
        app: artifact.clone(),
    })))
}

/// `@GetMapping("/x")` (or `@RequestMapping`) followed by `return "literal";`.
fn get_mappings(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = text;
    for _ in 0..100 {
        let Some(k) = rest
            .find("@GetMapping")
            .or_else(|| rest.find("@RequestMapping"))
        else {
            break;
        };
        let after = rest.get(k + 1..).unwrap_or("");
        let path = after
            .split_once('"')
            .and_then(|(head, tail)| (!head.contains('\n')).then_some(tail))
            .and_then(|t| t.split('"').next())
            .unwrap_or("/")
            .to_string();
        if let Some(r) = after.find("return \"") {
            let lit = after
                .get(r + 8..)
                .and_then(|s| s.split('"').next())
                .unwrap_or("");
            out.push((path, lit.to_string()));
        }
        rest = after;
    }
    out
}

/// The text of `<tag>value</tag>` at the project level of a `pom.xml` (outside `<parent>`,
/// `<dependencies>` and `<build>`).
fn pom_field(pom: &str, tag: &str) -> Option<String> {
    let mut top = pom.to_string();
    for block in [
        "parent",
        "dependencies",
        "build",
        "dependencyManagement",
        "properties",
    ] {
        let (open, close) = (format!("<{block}>"), format!("</{block}>"));
        while let (Some(a), Some(b)) = (top.find(&open), top.find(&close)) {
            if b < a {
                break;
            }
            top.replace_range(a..b + close.len(), "");
        }
    }
    let open = format!("<{tag}>");
    let start = top.find(&open)? + open.len();
    let end = top.get(start..)?.find('<')? + start;
    Some(top.get(start..end)?.trim().to_string())
}

/// `mvn package` (or `./mvnw package`): Maven's build log, and a Spring Boot jar in `target/`
/// that carries the manifest and the controllers' mappings, so `java -jar` serves them.
pub fn mvn(args: &[String], ctx: &mut ProgramCtx) -> i32 {
    if args.iter().any(|a| a == "-v" || a == "--version") {
        let v = env_or(ctx.env, "MAVEN_VERSION", "3.9.9").to_string();
        ctx.out.out(format!("Apache Maven {v}\nMaven home: /usr/share/maven\nJava version: {}, vendor: Eclipse Adoptium, runtime: {}\nDefault locale: en_US, platform encoding: UTF-8\nOS name: \"linux\", version: \"6.10.14-linuxkit\", arch: \"amd64\", family: \"unix\"\n", java_number(ctx.env), env_or(ctx.env, "JAVA_HOME", "/opt/java/openjdk")));
        return 0;
    }
    let t = spring_time(ctx.now_ms).replace(".000Z", "Z");
    let t = t.split('.').next().unwrap_or(&t).to_string() + "Z";
    let rule = "[INFO] ------------------------------------------------------------------------\n";
    let pom_path = normalize(ctx.cwd, "pom.xml");
    let Ok(pom) = ctx.fs.read_string(&pom_path) else {
        ctx.out.out(format!("[INFO] Scanning for projects...\n{rule}[INFO] BUILD FAILURE\n{rule}[INFO] Total time:  0.085 s\n[INFO] Finished at: {t}\n{rule}[ERROR] The goal you specified requires a project to execute but there is no POM in this directory ({}). Please verify you invoked Maven from the correct directory. -> [Help 1]\n", ctx.cwd));
        return 1;
    };
    let group = pom_field(&pom, "groupId").unwrap_or_else(|| "com.example".to_string());
    let artifact = pom_field(&pom, "artifactId").unwrap_or_else(|| "demo".to_string());
    let version = pom_field(&pom, "version").unwrap_or_else(|| "0.0.1-SNAPSHOT".to_string());
    let goals: Vec<&str> = args
        .iter()
        .map(String::as_str)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let packaging = goals
        .iter()
        .any(|g| matches!(*g, "package" | "install" | "verify"));
    let skip_tests = args
        .iter()
        .any(|a| a == "-DskipTests" || a == "-Dmaven.test.skip=true");
    // The sources: the class annotated @SpringBootApplication and the controllers' mappings.
    let src_dir = normalize(ctx.cwd, "src/main/java");
    let sources: Vec<(String, String)> = ctx
        .fs
        .walk(&src_dir)
        .filter(|(p, n)| n.is_file() && p.ends_with(".java"))
        .map(|(p, n)| (p.clone(), String::from_utf8_lossy(n.data()).to_string()))
        .collect();
    let main_class = sources.iter().find_map(|(p, text)| {
        text.contains("@SpringBootApplication").then(|| {
            let pkg = text
                .lines()
                .find_map(|l| l.trim().strip_prefix("package "))
                .map(|l| l.trim_end_matches(';').trim().to_string());
            let class = base_name(p).trim_end_matches(".java").to_string();
            match pkg {
                Some(pkg) => format!("{pkg}.{class}"),
                None => class,
            }
        })
    });
    let mut out = format!("[INFO] Scanning for projects...\n[INFO] \n[INFO] {:-^72}\n[INFO] Building {artifact} {version}\n[INFO]   from pom.xml\n[INFO] {:-^72}\n", format!("< {group}:{artifact} >"), "[ jar ]");
    if goals.contains(&"clean") {
        out.push_str(&format!(
            "[INFO] \n[INFO] --- clean:3.4.1:clean (default-clean) @ {artifact} ---\n"
        ));
        let _ = ctx.fs.remove(&normalize(ctx.cwd, "target"), true);
    }
    let n = sources.len();
    let plural = if n == 1 { "" } else { "s" };
    out.push_str(&format!("[INFO] \n[INFO] --- resources:3.3.1:resources (default-resources) @ {artifact} ---\n[INFO] Copying 1 resource from src/main/resources to target/classes\n[INFO] \n[INFO] --- compiler:3.14.0:compile (default-compile) @ {artifact} ---\n[INFO] Recompiling the module because of changed source code.\n[INFO] Compiling {n} source file{plural} with javac [debug parameters release {}] to target/classes\n", jdk(ctx.env).1));
    if packaging {
        out.push_str(&format!(
            "[INFO] \n[INFO] --- surefire:3.5.3:test (default-test) @ {artifact} ---\n"
        ));
        out.push_str(if skip_tests { "[INFO] Tests are skipped.\n" } else { "[INFO] Using auto detected provider org.apache.maven.surefire.junitplatform.JUnitPlatformProvider\n[INFO] \n[INFO] Results:\n[INFO] \n[INFO] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0\n" });
        let jar = normalize(ctx.cwd, &format!("target/{artifact}-{version}.jar"));
        out.push_str(&format!("[INFO] \n[INFO] --- jar:3.4.1:jar (default-jar) @ {artifact} ---\n[INFO] Building jar: {jar}\n[INFO] \n[INFO] --- spring-boot:3.5.0:repackage (repackage) @ {artifact} ---\n[INFO] Replacing main artifact {jar} with repackaged archive, adding nested dependencies in BOOT-INF/.\n[INFO] The original artifact has been renamed to {jar}.original\n"));
        let mut manifest = format!("Manifest-Version: 1.0\nImplementation-Title: {artifact}\nImplementation-Version: {version}\nMain-Class: org.springframework.boot.loader.launch.JarLauncher\nSpring-Boot-Version: 3.5.0\n");
        if let Some(c) = &main_class {
            manifest.push_str(&format!("Start-Class: {c}\n"));
        }
        for (_, text) in &sources {
            for l in text
                .lines()
                .filter(|l| l.contains("Mapping(") || l.contains("return \""))
            {
                manifest.push_str(l.trim());
                manifest.push('\n');
            }
        }
        ctx.fs.insert(
            &jar,
            Node::sized_file(manifest.clone().into_bytes(), 20_400_000),
        );
        ctx.fs.insert(
            &format!("{jar}.original"),
            Node::sized_file(manifest.into_bytes(), 3_600),
        );
    }
    let _ = ctx.fs.mkdir_all(&normalize(ctx.cwd, "target/classes"));
    out.push_str(&format!("{rule}[INFO] BUILD SUCCESS\n{rule}[INFO] Total time:  12.345 s\n[INFO] Finished at: {t}\n{rule}"));
    ctx.out.out(out);
    0
}

/// `2025-06-02T09:00:00.412Z`, Spring Boot's log time.
fn spring_time(ms: i64) -> String {
    let (y, mo, d, h, mi, s) = crate::clock::civil(ms.div_euclid(1000));
    format!(
        "{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{:03}Z",
        ms.rem_euclid(1000)
    )
}

/// `02-Jun-2025 09:00:00.123`, Tomcat's log time.
fn tomcat_time(ms: i64) -> String {
    let (y, mo, d, h, mi, s) = crate::clock::civil(ms.div_euclid(1000));
    format!(
        "{d:02}-{}-{y:04} {h:02}:{mi:02}:{s:02}.{:03}",
        super::month_abbr(mo),
        ms.rem_euclid(1000)
    )
}

/// `catalina.sh run` (the tomcat image's command): Tomcat's startup log, then it serves.
pub fn catalina(args: &[String], ctx: &mut ProgramCtx) -> Start {
    if args.first().map(String::as_str) == Some("version") {
        let v = env_or(ctx.env, "TOMCAT_VERSION", "10.1.41").to_string();
        ctx.out.out(format!(
            "Server version: Apache Tomcat/{v}\nJVM Version:    {}\n",
            java_number(ctx.env)
        ));
        return Start::Exited(0);
    }
    if args.first().map(String::as_str) != Some("run") {
        ctx.out.out("Usage: catalina.sh ( commands ... )\ncommands:\n  run               Start Catalina in the current window\n  start             Start Catalina in a separate window\n  stop              Stop Catalina, waiting up to 5 seconds for the process to end\n  version           What version of tomcat are you running?\n");
        return Start::Exited(1);
    }
    let v = env_or(ctx.env, "TOMCAT_VERSION", "10.1.41").to_string();
    let home = env_or(ctx.env, "CATALINA_HOME", "/usr/local/tomcat").to_string();
    let mut t = ctx.now_ms;
    let mut line = |dt: i64, logger: &str, msg: &str| {
        t += dt;
        format!("{} INFO [main] {logger} {msg}\n", tomcat_time(t))
    };
    let mut out = String::new();
    out.push_str(&line(
        210,
        "org.apache.catalina.startup.VersionLoggerListener.log",
        &format!("Server version name:   Apache Tomcat/{v}"),
    ));
    out.push_str(&line(
        2,
        "org.apache.catalina.startup.VersionLoggerListener.log",
        &format!("CATALINA_HOME:         {home}"),
    ));
    out.push_str(&line(
        1,
        "org.apache.catalina.startup.VersionLoggerListener.log",
        &format!("JVM Version:           {}", java_number(ctx.env)),
    ));
    out.push_str(&line(
        180,
        "org.apache.coyote.AbstractProtocol.init",
        "Initializing ProtocolHandler [\"http-nio-8080\"]",
    ));
    out.push_str(&line(
        20,
        "org.apache.catalina.startup.Catalina.load",
        "Server initialization in [412] milliseconds",
    ));
    out.push_str(&line(
        30,
        "org.apache.catalina.core.StandardService.startInternal",
        "Starting service [Catalina]",
    ));
    out.push_str(&line(
        1,
        "org.apache.catalina.core.StandardEngine.startInternal",
        &format!("Starting Servlet engine: [Apache Tomcat/{v}]"),
    ));
    let webapps = format!("{home}/webapps");
    let mut apps_found = ctx.fs.list(&webapps).unwrap_or_default();
    crate::sort::sort(&mut apps_found);
    for a in &apps_found {
        if a.ends_with(".war") {
            out.push_str(&line(
                12,
                "org.apache.catalina.startup.HostConfig.deployWAR",
                &format!("Deploying web application archive [{webapps}/{a}]"),
            ));
            out.push_str(&line(340, "org.apache.catalina.startup.HostConfig.deployWAR", &format!("Deployment of web application archive [{webapps}/{a}] has finished in [340] ms")));
        } else if ctx.fs.is_dir(&format!("{webapps}/{a}")) {
            out.push_str(&line(
                8,
                "org.apache.catalina.startup.HostConfig.deployDirectory",
                &format!("Deploying web application directory [{webapps}/{a}]"),
            ));
            out.push_str(&line(25, "org.apache.catalina.startup.HostConfig.deployDirectory", &format!("Deployment of web application directory [{webapps}/{a}] has finished in [25] ms")));
        }
    }
    out.push_str(&line(
        15,
        "org.apache.coyote.AbstractProtocol.start",
        "Starting ProtocolHandler [\"http-nio-8080\"]",
    ));
    out.push_str(&line(
        9,
        "org.apache.catalina.startup.Catalina.start",
        "Server startup in [478] milliseconds",
    ));
    ctx.out.err(out);
    Start::Running(Service::full_app(AppServer::Java(JavaServer {
        kind: JavaKind::Tomcat,
        command: format!("{}/bin/java -Djava.util.logging.config.file={home}/conf/logging.properties org.apache.catalina.startup.Bootstrap start", env_or(ctx.env, "JAVA_HOME", "/opt/java/openjdk")),
        port: 8080,
        routes: Vec::new(),
        tomcat: v,
        app: String::new(),
    })))
}

impl JavaServer {
    /// Answers a request: a mapped literal, else the server's 404.
    pub fn http(&mut self, now_ms: i64, req: &HttpRequest, log: &mut Output) -> HttpResponse {
        let _ = log;
        let path = req.path_only();
        if let Some((_, body)) = self.routes.iter().find(|(p, _)| p == path) {
            let h = apps::headers(&[
                ("Content-Type", "text/plain;charset=UTF-8".to_string()),
                ("Content-Length", body.len().to_string()),
                ("Date", http_date(now_ms)),
            ]);
            return apps::response("HTTP/1.1", 200, h, body.clone().into_bytes());
        }
        match self.kind {
            JavaKind::SpringBoot => {
                let (y, mo, d, h, mi, s) = crate::clock::civil(now_ms.div_euclid(1000));
                let body = format!("{{\"timestamp\":\"{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{:03}+00:00\",\"status\":404,\"error\":\"Not Found\",\"path\":\"{path}\"}}", now_ms.rem_euclid(1000));
                let h = apps::headers(&[
                    ("Vary", "Origin".to_string()),
                    ("Vary", "Access-Control-Request-Method".to_string()),
                    ("Vary", "Access-Control-Request-Headers".to_string()),
                    ("Content-Type", "application/json".to_string()),
                    ("Transfer-Encoding", "chunked".to_string()),
                    ("Date", http_date(now_ms)),
                ]);
                apps::response("HTTP/1.1", 404, h, body.into_bytes())
            }
            JavaKind::Tomcat => {
                let body = format!("<!doctype html><html lang=\"en\"><head><title>HTTP Status 404 – Not Found</title></head><body><h1>HTTP Status 404 – Not Found</h1><hr class=\"line\" /><p><b>Type</b> Status Report</p><p><b>Description</b> The origin server did not find a current representation for the target resource or is not willing to disclose that one exists.</p><hr class=\"line\" /><h3>Apache Tomcat/{}</h3></body></html>", self.tomcat);
                let h = apps::headers(&[
                    ("Content-Type", "text/html;charset=utf-8".to_string()),
                    ("Content-Language", "en".to_string()),
                    ("Content-Length", body.len().to_string()),
                    ("Date", http_date(now_ms)),
                ]);
                apps::response("HTTP/1.1", 404, h, body.into_bytes())
            }
        }
    }

    /// The JVM handles SIGTERM and SIGINT with its shutdown hooks and exits 143/130.
    pub fn on_signal(&mut self, sig: Signal, now_ms: i64, log: &mut Output) -> SignalEffect {
        match sig {
            Signal::Term | Signal::Int => {
                if self.kind == JavaKind::SpringBoot {
                    log.out(format!("{}  INFO 1 --- [{app}] [ionShutdownHook] o.s.b.w.e.tomcat.GracefulShutdown        : Commencing graceful shutdown. Waiting for active requests to complete\n{}  INFO 1 --- [{app}] [tomcat-shutdown] o.s.b.w.e.tomcat.GracefulShutdown        : Graceful shutdown complete\n", spring_time(now_ms), spring_time(now_ms + 4), app = self.app));
                }
                SignalEffect::Exit(128 + sig.number())
            }
            _ => SignalEffect::Ignored,
        }
    }
}

/// Files a tomcat server would serve from `webapps/ROOT` (static pages only).
pub fn tomcat_root_file(fs: &Tree, home: &str, path: &str) -> Option<Vec<u8>> {
    let mut f = normalize(
        &format!("{home}/webapps/ROOT"),
        path.trim_start_matches('/'),
    );
    if fs.is_dir(&f) {
        f = format!("{f}/index.html");
    }
    fs.read(&f).ok().map(<[u8]>::to_vec)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn java_version_wording_follows_the_jdk() {
        let t = version_text(&env(&[
            ("JAVA_VERSION", "8u342"),
            ("JAVA_HOME", "/usr/local/openjdk-8"),
        ]));
        assert!(t.starts_with("openjdk version \"1.8.0_342\"\nOpenJDK Runtime Environment (build 1.8.0_342-b07)\n"), "{t}");
        let t = version_text(&env(&[
            ("JAVA_VERSION", "17.0.2"),
            ("JAVA_HOME", "/usr/java/openjdk-17"),
        ]));
        assert!(
            t.starts_with("openjdk version \"17.0.2\" 2022-01-18\n"),
            "{t}"
        );
        let t = version_text(&env(&[
            ("JAVA_VERSION", "jdk-21.0.7+6"),
            ("JAVA_HOME", "/opt/java/openjdk"),
        ]));
        assert!(t.starts_with("openjdk version \"21.0.7\" 2025-04-15 LTS\nOpenJDK Runtime Environment Temurin-21.0.7+6 (build 21.0.7+6-LTS)\n"), "{t}");
    }
}
