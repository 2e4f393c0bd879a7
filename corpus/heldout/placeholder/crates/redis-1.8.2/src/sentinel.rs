//! If the sentinel's servers are using TLS, require authentication or using a non-zero DB, a full
//! SentinelNodeConnectionInfo struct may be used instead of just the master's name.
//! It's important to note that the sentinel nodes may have different usernames or passwords,
//! so the authentication info for them must be entered separately.
//!
//! # Example
//! ```rust,no_run
//! use redis::{ Commands, ConnectionAddr, ConnectionInfo, RedisConnectionInfo };
//! use redis::sentinel::{ Sentinel, SentinelNodeConnectionInfo };
//!
//! let nodes = vec!["redis://sentinel_user:sentinel_pass@127.0.0.1"];
//! let mut sentinel = Sentinel::build(nodes).unwrap();
//!
//! let redis_connection_info = RedisConnectionInfo::default()
//!     .set_db(1)
//!     .set_username("user")
