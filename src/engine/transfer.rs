//! Moving things across the daemon's edge: host files the daemon writes for the client
//! (`--cidfile`), a client's stdin for a container, image archives (`save`/`load`), container
//! filesystems as archives (`export`/`import`), and `update` of a container's limits.

use super::{Engine, Event};

impl Engine {
    /// Writes a file on the learner's machine (creating its directory), as the client does for
    /// `--cidfile` and `save -o`.
    pub fn write_host_file(&mut self, path: &str, data: &[u8]) {
        let _ = self.host_fs.mkdir_all(crate::vfs::parent(path));
        if self.host_fs.write(path, data.to_vec()).is_ok() {
            self.emit(Event::HostFileWritten {
                path: path.to_string(),
            });
        }
    }

    /// Gives the next launch of container `idx` what an attached client piped in.
    pub fn set_container_stdin(&mut self, idx: usize, stdin: &[u8]) {
        self.containers[idx].stdin = stdin.to_vec();
    }
}
