//! Thin entry point: run the CLI and map its result to an exit code
//! (0 accept / clean, 1 reject / found, 2 error).

use std::process::ExitCode;

fn main() -> ExitCode {
    match pushguard::cli::run() {
        Ok(pushguard::cli::Status::Clean) => ExitCode::from(0),
        Ok(pushguard::cli::Status::Found) => ExitCode::from(1),
        Ok(pushguard::cli::Status::Failed) => ExitCode::from(2),
        Err(e) => {
            eprintln!("pushguard: error: {e}");
            ExitCode::from(2)
        }
    }
}
