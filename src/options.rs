//! The backend's own options, given as words of `-Cllvm-args` (the flag rustc hands to any
//! codegen backend) or of the environment variable `CRANELIFT_BACKEND_ARGS` (which reaches
//! every rustc a build runs, the standard library's included):
//!
//! - `verify`: run Cranelift's IR verifier on every function (also on with `-Zverify-llvm-ir`);
//! - `dump-clif=DIR`: write each codegen unit's functions to `DIR/<unit>.clif` as lowered,
//!   `DIR/<unit>.opt.clif` after Cranelift's optimizations, and `DIR/<unit>.s` as machine code.
//! - `fn-cache=DIR`: keep the per-function machine-code cache (`emit::fn_cache`) in DIR, also
//!   without incremental compilation; `fn-cache=off`: no cache, also with it. By default the
//!   cache is on with incremental compilation, beside the crate's incremental directory.
//! - `fn-cache-size=MIB`: how large the cache directory may grow (1024 MiB by default); the
//!   packs written least recently go first.
//!
//! Words starting with `-` are LLVM's options (tests and build scripts pass some); they mean
//! nothing to Cranelift and are ignored with a warning. Any other word is an error.

use std::path::{Path, PathBuf};

use rustc_session::config::Options;

pub(crate) const ENV_VAR: &str = "CRANELIFT_BACKEND_ARGS";

/// Where the per-function machine-code cache is, if anywhere.
#[derive(Default, Clone, PartialEq, Debug)]
pub(crate) enum FnCacheOption {
    /// Beside the incremental directory, when compiling incrementally.
    #[default]
    WithIncremental,
    Off,
    In(PathBuf),
}

/// The default limit of the function cache's directory, in MiB.
const FN_CACHE_DEFAULT_MIB: u64 = 1024;

pub(crate) struct BackendOptions {
    pub(crate) verify: bool,
    pub(crate) dump_clif: Option<PathBuf>,
    pub(crate) fn_cache: FnCacheOption,
    /// The limit of the function cache's directory, in bytes.
    pub(crate) fn_cache_limit: u64,
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

    /// The directory of the per-function machine-code cache, if it is on: as the `fn-cache`
    /// option says, by default beside the crate's directory in the incremental directory
    /// `incremental` (which holds one directory per crate, `<crate>-<id>`, that rustc cleans
    /// up; ours is `<crate>-<id>.cranelift-fn-cache`, `id` the crate's stable id in hex).
    pub(crate) fn fn_cache_dir(
        &self,
        incremental: Option<&Path>,
        crate_name: &str,
        stable_crate_id: u64,
    ) -> Option<PathBuf> {
        match &self.fn_cache {
            FnCacheOption::Off => None,
            FnCacheOption::In(dir) => Some(dir.clone()),
            FnCacheOption::WithIncremental => Some(
                incremental?
                    .join(format!("{crate_name}-{stable_crate_id:016x}.cranelift-fn-cache")),
            ),
        }
    }

    fn parse_words<'a>(words: impl Iterator<Item = &'a str>) -> Result<Self, String> {
        let mut options = BackendOptions::default();
        let no_value = |option: &str, what: &str| format!("`{option}=` needs {what}");
        for word in words {
            if word.starts_with('-') {
                options.ignored_llvm_options.push(word.to_owned());
            } else if word == "verify" {
                options.verify = true;
            } else if let Some(dir) = word.strip_prefix("dump-clif=") {
                if dir.is_empty() {
                    return Err(no_value("dump-clif", "a directory"));
                }
                options.dump_clif = Some(PathBuf::from(dir));
            } else if let Some(dir) = word.strip_prefix("fn-cache=") {
                options.fn_cache = match dir {
                    "" => return Err(no_value("fn-cache", "a directory or `off`")),
                    "off" => FnCacheOption::Off,
                    dir => FnCacheOption::In(PathBuf::from(dir)),
                };
            } else if let Some(mib) = word.strip_prefix("fn-cache-size=") {
                options.fn_cache_limit = match mib.parse::<u64>() {
                    Ok(mib) => mib.saturating_mul(1 << 20),
                    Err(_) => {
                        return Err(format!("`fn-cache-size=` needs a number of MiB, not `{mib}`"));
                    }
                };
            } else {
                return Err(format!(
                    "unknown Cranelift backend option `{word}` (in `-Cllvm-args` or \
                     `{ENV_VAR}`; the options are `verify`, `dump-clif=DIR`, \
                     `fn-cache=DIR|off` and `fn-cache-size=MIB`)"
                ));
            }
        }
        Ok(options)
    }
}

impl Default for BackendOptions {
    fn default() -> Self {
        BackendOptions {
            verify: false,
            dump_clif: None,
            fn_cache: FnCacheOption::default(),
            fn_cache_limit: FN_CACHE_DEFAULT_MIB << 20,
            ignored_llvm_options: Vec::new(),
        }
    }
}
