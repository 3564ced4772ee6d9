//! BuildKit build checks (lint): rule names, messages, `# check=` handling, the warning block.
