//! The official images' `docker-entrypoint.sh` scripts: each decides what really runs.
//!
//! node's prepends `node` when the first argument is an option or not a command; redis's runs
//! `redis-server` for options and `.conf` files (and adds `--protected-mode no`); mysql's,
//! postgres's and mongo's prepend their server for options and check the environment; nginx's
//! `/docker-entrypoint.sh` prints its configuration lines before nginx starts.

use super::{available, start, web, ProgramCtx, Start};

/// Which image's script this is, told by the environment the image sets.
fn image_of(argv0: &str, ctx: &ProgramCtx) -> &'static str {
    let has = |k: &str| ctx.env.contains_key(k);
    if argv0 == "/docker-entrypoint.sh" && has("NGINX_VERSION") {
        "nginx"
    } else if has("NODE_VERSION") {
        "node"
    } else if has("REDIS_VERSION") {
        "redis"
    } else if has("MYSQL_VERSION") || has("MYSQL_MAJOR") || has("MARIADB_VERSION") {
        "mysql"
    } else if has("PG_VERSION") || has("PG_MAJOR") {
        "postgres"
    } else if has("MONGO_VERSION") || has("MONGO_MAJOR") {
        "mongo"
    } else if has("NGINX_VERSION") {
        "nginx"
    } else if has("PHP_VERSION") {
        "wordpress"
    } else {
        "unknown"
    }
}

/// Runs the entrypoint script with the container's command as its arguments.
pub fn run(argv0: &str, args: &[String], ctx: &mut ProgramCtx) -> Start {
    let first = args.first().map(String::as_str).unwrap_or("");
    let mut argv: Vec<String> = args.to_vec();
    match image_of(argv0, ctx) {
        "node" => {
            // if [ "${1#-}" != "${1}" ] || [ -z "$(command -v "${1}")" ] || { [ -f "${1}" ] && ! [ -x "${1}" ]; }
            let is_option = first.starts_with('-');
            let not_command = first.is_empty() || !available(ctx, first);
            if is_option || not_command {
                argv.insert(0, "node".to_string());
            }
        }
        "redis" => {
            if first.starts_with('-') || first.ends_with(".conf") {
                argv.insert(0, "redis-server".to_string());
            }
            if argv.first().is_some_and(|a| a == "redis-server")
                && !argv
                    .iter()
                    .any(|a| a.ends_with(".conf") || a == "--protected-mode")
            {
                argv.push("--protected-mode".to_string());
                argv.push("no".to_string());
            }
        }
        "mysql" if first.starts_with('-') || first.is_empty() => {
            let server = if ctx.env.contains_key("MARIADB_VERSION") {
                "mariadbd"
            } else {
                "mysqld"
            };
            argv.insert(0, server.to_string());
        }
        "postgres" if first.starts_with('-') || first.is_empty() => {
            argv.insert(0, "postgres".to_string());
        }
        "mongo" if first.starts_with('-') || first.is_empty() => {
            argv.insert(0, "mongod".to_string());
        }
        "nginx"
            if matches!(first, "nginx" | "nginx-debug")
                && ctx
                    .env
                    .get("NGINX_ENTRYPOINT_QUIET_LOGS")
                    .is_none_or(String::is_empty) =>
        {
            web::nginx_entrypoint_lines(ctx);
        }
        #[cfg(feature = "full")]
        "wordpress" => return super::php::wordpress_entrypoint(args, ctx),
        #[cfg(not(feature = "full"))]
        "wordpress" => return Start::Exited(crate::lean::need_full()),
        _ => {}
    }
    if argv.is_empty() {
        return Start::Exited(0);
    }
    start(&argv, ctx)
}
