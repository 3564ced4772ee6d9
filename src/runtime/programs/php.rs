//! PHP and Apache as the php:apache and wordpress images run them: `docker-php-entrypoint`,
//! WordPress's `docker-entrypoint.sh` (copying WordPress into `/var/www/html`, writing
//! `wp-config.php` from `WORDPRESS_*`), `apache2-foreground` with Apache's startup notices,
//! and Apache serving `/var/www/html` where `.php` pages `echo` literal text. WordPress asks
//! whether its database answers (a running container under `WORDPRESS_DB_HOST` listening on
//! 3306) on every request, and redirects to its installer or shows its connection error.

use super::apps::{self, AppServer, Peer};
use super::{
    env_or, http_date, HttpRequest, HttpResponse, ProgramCtx, Service, Signal, SignalEffect, Start,
};
use crate::runtime::Output;
use crate::vfs::{normalize, Tree};

/// Apache's version in the Debian-based php images.
const APACHE_VERSION: &str = "2.4.62";

/// Apache with mod_php.
#[derive(Clone, Debug)]
pub struct Apache {
    /// PHP's version (`8.4.7`), for `X-Powered-By`.
    pub php_version: String,
    /// The database WordPress's `wp-config.php` points at, when this serves WordPress.
    pub peers: Vec<Peer>,
}

/// `php -v` and `php -r`; anything else runs as the CLI would, silently.
pub fn php_command(args: &[String], ctx: &mut ProgramCtx) -> i32 {
    let v = env_or(ctx.env, "PHP_VERSION", "8.4.7").to_string();
    match args.first().map(String::as_str) {
        Some("-v" | "--version") => {
            // The engine is 4.MINOR.PATCH from PHP 8 on; 7.x's was 3.MINOR.0, 5.6's 2.6.0.
            let n: Vec<&str> = v.split('.').collect();
            let zend = match n.as_slice() {
                ["5", ..] => "2.6.0".to_string(),
                ["7", m, ..] => format!("3.{m}.0"),
                [_, m, p, ..] => format!("4.{m}.{p}"),
                _ => v.clone(),
            };
            ctx.out.out(format!("PHP {v} (cli) (built: May  9 2025 18:42:11) (NTS)\nCopyright (c) The PHP Group\nZend Engine v{zend}, Copyright (c) Zend Technologies\n    with Zend OPcache v{v}, Copyright (c), by Zend Technologies\n"));
            0
        }
        Some("-r") => {
            let code = args.get(1).cloned().unwrap_or_default();
            ctx.out.out(run_php(&format!("<?php {code}"), &v));
            0
        }
        Some("-a") => {
            // The interactive shell reads stdin; without a terminal it ends at once.
            ctx.out.out("Interactive shell\n\n");
            0
        }
        Some("-m") => {
            ctx.out.out("[PHP Modules]\nCore\nctype\ncurl\ndate\ndom\nfileinfo\nfilter\nhash\niconv\njson\nlibxml\nmbstring\nmysqlnd\nopenssl\npcre\nPDO\npdo_sqlite\nPhar\nposix\nrandom\nreadline\nReflection\nsession\nSimpleXML\nsodium\nSPL\nsqlite3\nstandard\ntokenizer\nxml\nxmlreader\nxmlwriter\nzlib\n\n[Zend Modules]\nZend OPcache\n\n");
            0
        }
        Some(file) if !file.starts_with('-') => {
            let path = normalize(ctx.cwd, file);
            match ctx.fs.read_string(&path) {
                Ok(src) => {
                    ctx.out.out(run_php(&src, &v));
                    0
                }
                Err(_) => {
                    ctx.out.out(format!("Could not open input file: {file}\n"));
                    1
                }
            }
        }
        _ => 0,
    }
}

/// `docker-php-entrypoint`: options go to `apache2-foreground` (apache images) or `php`.
pub fn php_entrypoint(args: &[String], ctx: &mut ProgramCtx) -> Start {
    let mut argv = args.to_vec();
    if argv.first().is_none_or(|a| a.starts_with('-')) {
        let apache = ctx.fs.exists("/usr/sbin/apache2") || ctx.env.contains_key("APACHE_CONFDIR");
        argv.insert(
            0,
            if apache { "apache2-foreground" } else { "php" }.to_string(),
        );
    }
    super::start(&argv, ctx)
}

/// WordPress's `docker-entrypoint.sh`: prepares `/var/www/html`, then runs its command.
pub fn wordpress_entrypoint(args: &[String], ctx: &mut ProgramCtx) -> Start {
    let first = args.first().map(String::as_str).unwrap_or("");
    if first.starts_with("apache2") || first == "php-fpm" {
        let html = "/var/www/html";
        if !ctx.fs.exists(&format!("{html}/index.php"))
            && !ctx.fs.exists(&format!("{html}/wp-includes/version.php"))
        {
            ctx.out
                .err(format!("WordPress not found in {html} - copying now...\n"));
            let files: Vec<String> = ctx
                .fs
                .walk("/usr/src/wordpress")
                .map(|(p, _)| p.clone())
                .collect();
            for p in files {
                if let Some(rel) = p.strip_prefix("/usr/src/wordpress/") {
                    let _ = ctx.fs.copy(&p, &format!("{html}/{rel}"));
                }
            }
            if !ctx.fs.exists(&format!("{html}/wp-includes/version.php")) {
                ctx.fs.insert(
                    &format!("{html}/wp-includes/version.php"),
                    crate::vfs::Node::file("<?php\n$wp_version = '6.8.1';\n"),
                );
            }
            ctx.out.err(format!(
                "Complete! WordPress has been successfully copied to {html}\n"
            ));
        }
        let vars: Vec<&String> = ctx
            .env
            .keys()
            .filter(|k| k.starts_with("WORDPRESS_"))
            .collect();
        if !vars.is_empty() && !ctx.fs.exists(&format!("{html}/wp-config.php")) {
            let names: Vec<&str> = vars.iter().map(|s| s.as_str()).collect();
            ctx.out.err(format!("No 'wp-config.php' found in {html}, but 'WORDPRESS_...' variables supplied; copying 'wp-config-docker.php' ({})\n", names.join(" ")));
            let _ = ctx.fs.copy(
                "/usr/src/wordpress/wp-config-docker.php",
                &format!("{html}/wp-config.php"),
            );
            if !ctx.fs.exists(&format!("{html}/wp-config.php")) {
                ctx.fs.insert(
                    &format!("{html}/wp-config.php"),
                    crate::vfs::Node::file("<?php\n"),
                );
            }
        }
    }
    if args.is_empty() {
        return Start::Exited(0);
    }
    super::start(args, ctx)
}

/// `apache2-foreground`: Apache's startup notices, then it serves `/var/www/html`.
pub fn apache2_foreground(ctx: &mut ProgramCtx) -> Start {
    let php_version = env_or(ctx.env, "PHP_VERSION", "8.4.7").to_string();
    let ip = apps::own_address(ctx);
    let t = apache_time(ctx.now_ms);
    let fqdn = format!("AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using {ip}. Set the 'ServerName' directive globally to suppress this message\n");
    ctx.out.err(format!(
        "{fqdn}{fqdn}[{t}] [mpm_prefork:notice] [pid 1:tid 1] AH00163: Apache/{APACHE_VERSION} (Debian) PHP/{php_version} configured -- resuming normal operations\n[{t}] [core:notice] [pid 1:tid 1] AH00094: Command line: 'apache2 -D FOREGROUND'\n"
    ));
    let peers = if ctx.fs.exists("/var/www/html/wp-config.php") {
        let host = env_or(ctx.env, "WORDPRESS_DB_HOST", "mysql");
        let (h, p) = match host.rsplit_once(':') {
            Some((h, p)) => (h.to_string(), p.parse().unwrap_or(3306)),
            None => (host.to_string(), 3306),
        };
        vec![Peer::new(&h, p)]
    } else {
        Vec::new()
    };
    Start::Running(Service::full_app(AppServer::Apache(Apache {
        php_version,
        peers,
    })))
}

/// `Mon Jun 02 09:00:00.000000 2025`, Apache's error-log time.
fn apache_time(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let (y, mo, d, h, mi, s) = crate::clock::civil(secs);
    format!(
        "{} {} {d:02} {h:02}:{mi:02}:{s:02}.{:06} {y}",
        super::weekday(secs),
        super::month_abbr(mo),
        ms.rem_euclid(1000) * 1000 + 123
    )
}

/// `02/Jun/2025:09:00:05 +0000`.
fn clf_time(ms: i64) -> String {
    let (y, mo, d, h, mi, s) = crate::clock::civil(ms.div_euclid(1000));
    format!(
        "{d:02}/{}/{y:04}:{h:02}:{mi:02}:{s:02} +0000",
        super::month_abbr(mo)
    )
}

/// The output of a PHP page whose code only `echo`es or `print`s literal text (and
/// `phpversion()`/`PHP_VERSION`); other statements print nothing.
pub fn run_php(src: &str, version: &str) -> String {
    let mut out = String::new();
    let mut rest = src;
    let mut vars: Vec<(String, String)> = Vec::new();
    for _ in 0..1000 {
        let Some(open) = rest.find("<?") else {
            out.push_str(rest);
            break;
        };
        out.push_str(rest.get(..open).unwrap_or(""));
        let code_start = rest.get(open + 2..).unwrap_or("");
        let (short_echo, code_start) = match code_start.strip_prefix('=') {
            Some(c) => (true, c),
            None => (false, code_start.strip_prefix("php").unwrap_or(code_start)),
        };
        let (code, after) = match code_start.find("?>") {
            Some(k) => {
                let after = code_start.get(k + 2..).unwrap_or("");
                // PHP eats a single newline right after `?>`.
                (
                    code_start.get(..k).unwrap_or(""),
                    after.strip_prefix('\n').unwrap_or(after),
                )
            }
            None => (code_start, ""),
        };
        if short_echo {
            out.push_str(&php_expr(code.trim().trim_end_matches(';'), version, &vars));
        }
        for stmt in code.split(';') {
            let s = stmt.trim();
            if let Some(e) = s.strip_prefix("echo").or_else(|| s.strip_prefix("print")) {
                if e.starts_with([' ', '(', '"', '\'']) {
                    out.push_str(&php_expr(e.trim(), version, &vars));
                }
            } else if s == "phpinfo()" {
                out.push_str(&format!("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"DTD/xhtml1-transitional.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>\n<title>PHP {version} - phpinfo()</title></head>\n<body><div class=\"center\">\n<table>\n<tr class=\"h\"><td>\n<h1 class=\"p\">PHP Version {version}</h1>\n</td></tr>\n</table>\n<table>\n<tr><td class=\"e\">System </td><td class=\"v\">Linux</td></tr>\n<tr><td class=\"e\">Server API </td><td class=\"v\">Apache 2.0 Handler</td></tr>\n</table>\n</div></body></html>"));
            } else if let Some((lhs, rhs)) = s.split_once('=') {
                let name = lhs.trim();
                if name.starts_with('$') && !rhs.starts_with('=') {
                    let v = php_expr(rhs.trim(), version, &vars);
                    vars.retain(|(n, _)| n != name);
                    vars.push((name.to_string(), v));
                }
            }
        }
        rest = after;
        if rest.is_empty() {
            break;
        }
    }
    out
}

/// A PHP expression of string literals, variables and `.` concatenation.
fn php_expr(expr: &str, version: &str, vars: &[(String, String)]) -> String {
    let expr = expr.trim();
    let expr = match expr.strip_prefix('(').and_then(|e| e.strip_suffix(')')) {
        Some(inner) => inner,
        None => expr,
    };
    let mut out = String::new();
    let bytes = expr.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' | b'\'' => {
                let mut s = String::new();
                i += 1;
                while let Some(&c) = bytes.get(i) {
                    if c == b {
                        break;
                    }
                    if c == b'\\' {
                        match bytes.get(i + 1) {
                            Some(b'n') if b == b'"' => s.push('\n'),
                            Some(&e) => s.push(char::from(e)),
                            None => {}
                        }
                        i += 2;
                        continue;
                    }
                    s.push(char::from(c));
                    i += 1;
                }
                if b == b'"' {
                    for (n, v) in vars {
                        s = s.replace(n.as_str(), v);
                    }
                }
                // Bytes were pushed one by one: rebuild UTF-8 text.
                let raw: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
                out.push_str(&String::from_utf8_lossy(&raw));
                i += 1;
            }
            b'$' => {
                let start = i;
                i += 1;
                while bytes
                    .get(i)
                    .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
                {
                    i += 1;
                }
                let name = expr.get(start..i).unwrap_or("");
                if let Some((_, v)) = vars.iter().find(|(n, _)| n == name) {
                    out.push_str(v);
                }
            }
            _ if expr
                .get(i..)
                .is_some_and(|r| r.starts_with("PHP_VERSION") || r.starts_with("phpversion()")) =>
            {
                out.push_str(version);
                i += if expr.get(i..).is_some_and(|r| r.starts_with("PHP_VERSION")) {
                    11
                } else {
                    12
                };
            }
            _ if expr.get(i..).is_some_and(|r| r.starts_with("PHP_EOL")) => {
                out.push('\n');
                i += 7;
            }
            _ => i += 1,
        }
    }
    out
}

impl Apache {
    fn server(&self) -> String {
        format!("Apache/{APACHE_VERSION} (Debian)")
    }

    /// Serves `/var/www/html`, running `.php` pages, and logs in Apache's combined format.
    pub fn http(
        &mut self,
        fs: &Tree,
        now_ms: i64,
        req: &HttpRequest,
        log: &mut Output,
    ) -> HttpResponse {
        let root = "/var/www/html";
        let path = req.path_only();
        let host = req.header("Host").unwrap_or("localhost").to_string();
        let mut resp = if fs.exists(&format!("{root}/wp-includes/version.php")) {
            self.wordpress(fs, now_ms, path, &host)
        } else {
            self.files(fs, now_ms, root, path, &host)
        };
        let sent = resp.head_text().len() + resp.body.len();
        log.out(format!(
            "{} - - [{}] \"{} {} HTTP/1.1\" {} {sent} \"{}\" \"{}\"\n",
            req.remote_addr,
            clf_time(now_ms),
            req.method,
            req.path,
            resp.status,
            req.header("Referer").unwrap_or("-"),
            req.header("User-Agent").unwrap_or("-"),
        ));
        if req.method.eq_ignore_ascii_case("HEAD") {
            resp.body.clear();
        }
        resp
    }

    fn php_headers(&self, now_ms: i64) -> Vec<(String, String)> {
        apps::headers(&[
            ("Date", http_date(now_ms)),
            ("Server", self.server()),
            ("X-Powered-By", format!("PHP/{}", self.php_version)),
        ])
    }

    fn files(&self, fs: &Tree, now_ms: i64, root: &str, path: &str, host: &str) -> HttpResponse {
        let mut file = normalize(root, path.trim_start_matches('/'));
        if fs.is_dir(&file) {
            let dir = file.trim_end_matches('/').to_string();
            match ["index.php", "index.html"]
                .iter()
                .map(|i| format!("{dir}/{i}"))
                .find(|p| fs.is_file(p))
            {
                Some(f) => file = f,
                None => return self.error(now_ms, 403, path, host),
            }
        }
        let Ok(data) = fs.read(&file) else {
            return self.error(now_ms, 404, path, host);
        };
        if file.ends_with(".php") {
            let body = run_php(&String::from_utf8_lossy(data), &self.php_version).into_bytes();
            let mut h = self.php_headers(now_ms);
            h.push(("Vary".to_string(), "Accept-Encoding".to_string()));
            h.push(("Content-Length".to_string(), body.len().to_string()));
            h.push((
                "Content-Type".to_string(),
                "text/html; charset=UTF-8".to_string(),
            ));
            return apps::response("HTTP/1.1", 200, h, body);
        }
        let body = data.to_vec();
        let h = apps::headers(&[
            ("Date", http_date(now_ms)),
            ("Server", self.server()),
            ("Last-Modified", http_date(1_748_854_800_000)),
            ("ETag", format!("\"{:x}-6367a0b1e4c00\"", body.len())),
            ("Accept-Ranges", "bytes".to_string()),
            ("Content-Length", body.len().to_string()),
            ("Vary", "Accept-Encoding".to_string()),
            ("Content-Type", super::node::mime_type(&file).to_string()),
        ]);
        apps::response("HTTP/1.1", 200, h, body)
    }

    /// Apache's own error pages.
    fn error(&self, now_ms: i64, status: u16, path: &str, host: &str) -> HttpResponse {
        let (name, port) = host.rsplit_once(':').unwrap_or((host, "80"));
        let text = if status == 403 {
            "You don't have permission to access this resource.".to_string()
        } else {
            "The requested URL was not found on this server.".to_string()
        };
        let _ = path;
        let reason = super::reason_phrase(status);
        let body = format!("<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>{status} {reason}</title>\n</head><body>\n<h1>{reason}</h1>\n<p>{text}</p>\n<hr>\n<address>{} Server at {name} Port {port}</address>\n</body></html>\n", self.server());
        let h = apps::headers(&[
            ("Date", http_date(now_ms)),
            ("Server", self.server()),
            ("Content-Length", body.len().to_string()),
            ("Content-Type", "text/html; charset=iso-8859-1".to_string()),
        ]);
        apps::response("HTTP/1.1", status, h, body.into_bytes())
    }

    /// WordPress before its installation: the installer once the database answers, its
    /// connection error when it doesn't, the setup wizard without `wp-config.php`.
    fn wordpress(&self, fs: &Tree, now_ms: i64, path: &str, host: &str) -> HttpResponse {
        let configured = fs.exists("/var/www/html/wp-config.php");
        let db_up = self.peers.iter().all(|p| p.status.is_ok());
        let mut h = self.php_headers(now_ms);
        if configured && !db_up {
            let body = "<!DOCTYPE html>\n<html dir='ltr'>\n<head>\n\t<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" />\n\t<meta name=\"viewport\" content=\"width=device-width\">\n\t\t<meta name='robots' content='max-image-preview:large, noindex, follow' />\n\t<title>WordPress &rsaquo; Error</title>\n</head>\n<body id=\"error-page\">\n\t<div class=\"wp-die-message\"><h1>Error establishing a database connection</h1></div></body>\n</html>\n";
            h.push((
                "Expires".to_string(),
                "Wed, 11 Jan 1984 05:00:00 GMT".to_string(),
            ));
            h.push((
                "Cache-Control".to_string(),
                "no-cache, must-revalidate, max-age=0, no-store, private".to_string(),
            ));
            h.push(("Content-Length".to_string(), body.len().to_string()));
            h.push((
                "Content-Type".to_string(),
                "text/html; charset=utf-8".to_string(),
            ));
            return apps::response("HTTP/1.1", 500, h, body.as_bytes().to_vec());
        }
        let target = if configured {
            "install.php"
        } else {
            "setup-config.php"
        };
        if path.starts_with("/wp-admin/install.php")
            || path.starts_with("/wp-admin/setup-config.php")
        {
            let body = format!("<!DOCTYPE html>\n<html lang=\"en-US\" xml:lang=\"en-US\">\n<head>\n\t<meta name=\"viewport\" content=\"width=device-width\" />\n\t<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" />\n\t<meta name=\"robots\" content=\"noindex,nofollow\" />\n\t<title>WordPress &rsaquo; {}</title>\n</head>\n<body class=\"wp-core-ui language-chooser\">\n<p id=\"logo\">WordPress</p>\n<h1 class=\"screen-reader-text\">Select a default language</h1>\n</body>\n</html>\n", if configured { "Installation" } else { "Setup Configuration File" });
            h.push(("Vary".to_string(), "Accept-Encoding".to_string()));
            h.push(("Content-Length".to_string(), body.len().to_string()));
            h.push((
                "Content-Type".to_string(),
                "text/html; charset=utf-8".to_string(),
            ));
            return apps::response("HTTP/1.1", 200, h, body.into_bytes());
        }
        h.push((
            "Expires".to_string(),
            "Wed, 11 Jan 1984 05:00:00 GMT".to_string(),
        ));
        h.push((
            "Cache-Control".to_string(),
            "no-cache, must-revalidate, max-age=0, no-store, private".to_string(),
        ));
        h.push(("X-Redirect-By".to_string(), "WordPress".to_string()));
        h.push((
            "Location".to_string(),
            format!("http://{host}/wp-admin/{target}"),
        ));
        h.push(("Content-Length".to_string(), "0".to_string()));
        h.push((
            "Content-Type".to_string(),
            "text/html; charset=UTF-8".to_string(),
        ));
        apps::response("HTTP/1.1", 302, h, Vec::new())
    }

    /// SIGWINCH (the image's STOPSIGNAL): graceful stop; SIGTERM: stop.
    pub fn on_signal(&mut self, sig: Signal, now_ms: i64, log: &mut Output) -> SignalEffect {
        let t = apache_time(now_ms);
        match sig {
            Signal::Winch => {
                log.err(format!("[{t}] [mpm_prefork:notice] [pid 1:tid 1] AH00170: caught SIGWINCH, shutting down gracefully\n"));
                SignalEffect::Exit(0)
            }
            Signal::Term | Signal::Int => {
                log.err(format!("[{t}] [mpm_prefork:notice] [pid 1:tid 1] AH00169: caught SIGTERM, shutting down\n"));
                SignalEffect::Exit(0)
            }
            _ => SignalEffect::Ignored,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn php_pages_echo_literal_text() {
        assert_eq!(
            run_php("<h1><?php echo \"Hello from PHP\"; ?></h1>\n", "8.4.7"),
            "<h1>Hello from PHP</h1>\n"
        );
        assert_eq!(
            run_php(
                "<?php $name = 'Docker'; echo \"Hi $name\" . PHP_EOL; ?>",
                "8.4.7"
            ),
            "Hi Docker\n"
        );
        assert_eq!(run_php("<?= 'v' . phpversion() ?>", "8.2.28"), "v8.2.28");
    }
}
