//! The backend's own options, given as words of `-Cllvm-args` (the flag rustc hands to any
//! codegen backend) or of the environment variable `CRANELIFT_BACKEND_ARGS` (which reaches
//! every rustc a build runs, the standard library's included):
//!
//! - `verify`: run Cranelift's IR verifier on every function (also on with `-Zverify-llvm-ir`);
//! - `dump-clif=DIR`: write each codegen unit's functions to `DIR/<unit>.clif` as lowered,
//!   `DIR/<unit>.opt.clif` after Cranelift's optimizations, and `DIR/<unit>.s` as machine code.
//!
//! Words starting with `-` are LLVM's options (tests and build scripts pass some); they mean
//! nothing to Cranelift and are ignored with a warning. Any other word is an error.

use std::path::PathBuf;

use rustc_session::config::Options;

pub(crate) const ENV_VAR: &str = "CRANELIFT_BACKEND_ARGS";

#[derive(Default)]
pub(crate) struct BackendOptions {
    pub(crate) verify: bool,
    pub(crate) dump_clif: Option<PathBuf>,
    /// LLVM options found among the words, which this backend ignores.
    pub(crate) ignored_llvm_options: Vec<String>,
}

impl BackendOptions {
    /// The options of the session, or the message for the first word that is none.
    pub(crate) fn parse(opts: &Options) -> Result<Self, String> {
        let from_env = std::env::var(ENV_VAR).unwrap_or_default();
        let words = opts.cg.llvm_args.iter().map(String::as_str);
        let mut options = BackendOptions::parse_words(words.chain(from_env.split_whitespace()))?;
        options.verify |= opts.unstable_opts.verify_llvm_ir;
        Ok(options)
    }

    fn parse_words<'a>(words: impl Iterator<Item = &'a str>) -> Result<Self, String> {
        let mut options = BackendOptions::default();
        for word in words {
            if word.starts_with('-') {
                options.ignored_llvm_options.push(word.to_owned());
            } else if word == "verify" {
                options.verify = true;
            } else if let Some(dir) = word.strip_prefix("dump-clif=") {
                if dir.is_empty() {
                    return Err("`dump-clif=` needs a directory".to_owned());
                }
                options.dump_clif = Some(PathBuf::from(dir));
            } else {
                return Err(format!(
                    "unknown Cranelift backend option `{word}` (in `-Cllvm-args` or \
                     `{ENV_VAR}`; the options are `verify` and `dump-clif=DIR`)"
                ));
            }
        }
        Ok(options)
    }
}
