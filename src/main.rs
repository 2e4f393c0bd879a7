//! Thin entry point: run the CLI and map its result to an exit code
//! (0 accept / clean, 1 reject / found, 2 error).

use std::io::Write;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

fn main() -> ExitCode {
    install_panic_hook();
    let result = std::panic::catch_unwind(|| {
        // Debug builds only: lets the tests check what a panic prints.
        #[cfg(debug_assertions)]
        if let Some(payload) = std::env::var_os("PUSHGUARD_TEST_PANIC") {
            panic!("{}", payload.to_string_lossy());
        }
        pushguard::cli::run()
    });
    match result {
        Ok(Ok(pushguard::cli::Status::Clean)) => ExitCode::from(0),
        Ok(Ok(pushguard::cli::Status::Found)) => ExitCode::from(1),
        Ok(Ok(pushguard::cli::Status::Failed)) => ExitCode::from(2),
        Ok(Err(e)) => {
            eprintln!("pushguard: error: {e}");
            ExitCode::from(2)
        }
        // The panic hook has already said what happened.
        Err(_) => ExitCode::from(2),
    }
}

/// A panic prints one line with its location and never its message: the
/// message of a panic can quote the text being scanned (a failed slice of
/// a string shows the string), and that text may hold a secret. In the hook,
/// exit code 2 then rejects the push (fail closed).
fn install_panic_hook() {
    static SAID: AtomicBool = AtomicBool::new(false);
    std::panic::set_hook(Box::new(|info| {
        // A panic in a worker thread panics its joiner again: say it once.
        if SAID.swap(true, Ordering::SeqCst) {
            return;
        }
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        // Never panic here (a closed stderr): that would abort.
        let _ = writeln!(
            std::io::stderr(),
            "error: pushguard: internal error{place} (a bug); the details are withheld because they may quote scanned content"
        );
    }));
}
