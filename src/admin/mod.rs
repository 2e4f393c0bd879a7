//! The admin side, apart from the push path: installing and removing the
//! hook ([`install`]), checking a server ([`doctor`]), listing and testing
//! detectors ([`detectors`]) and querying the incident log ([`incidents`]).

pub mod detectors;
pub mod doctor;
pub mod incidents;
pub mod install;
