//! Lockout after repeated failed verifications, and the clock it reads.

use std::time::Duration;

use time::OffsetDateTime;

/// How many failures lock an account, and for how long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LockoutPolicy {
    /// Consecutive failures that lock the account; 0 turns lockout off.
    pub max_failures: u32,
    /// How long the account stays locked.
    pub duration: Duration,
}

impl Default for LockoutPolicy {
    /// 5 failures lock an account for 5 minutes.
    fn default() -> Self {
        LockoutPolicy {
            max_failures: 5,
            duration: Duration::from_secs(5 * 60),
        }
    }
}

impl LockoutPolicy {
    /// Returns the end of the lockout that `failures` consecutive failures at
    /// `now` start, if they reach the limit.
    pub fn locked_until(&self, failures: u32, now: OffsetDateTime) -> Option<OffsetDateTime> {
        if self.max_failures == 0 || failures < self.max_failures {
            return None;
        }
        Some(now + self.duration)
    }
}

/// A source of the current time, so that tests can move time forward instead
/// of sleeping through a lockout.
pub trait Clock {
    /// Returns the current UTC time.
    fn now(&self) -> OffsetDateTime;
}

/// The system clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> OffsetDateTime {
        OffsetDateTime::now_utc()
    }
}

/// A clock fixed at one instant.
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub OffsetDateTime);

impl Clock for FixedClock {
    fn now(&self) -> OffsetDateTime {
        self.0
    }
}

/// Formats a time as RFC 3339 in UTC with seconds precision, as stored.
pub fn format_time(time: OffsetDateTime) -> String {
    time.to_offset(time::UtcOffset::UTC)
        .replace_nanosecond(0)
        .expect("0 is a valid nanosecond")
        .format(&time::format_description::well_known::Rfc3339)
        .expect("a UTC time formats as RFC 3339")
}

/// Parses a time stored by [`format_time`].
pub fn parse_time(text: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locks_at_the_limit() {
        let policy = LockoutPolicy::default();
        let now = OffsetDateTime::UNIX_EPOCH;
        assert_eq!(policy.locked_until(4, now), None);
        assert_eq!(
            policy.locked_until(5, now),
            Some(now + Duration::from_secs(300))
        );
    }

    #[test]
    fn zero_turns_lockout_off() {
        let policy = LockoutPolicy {
            max_failures: 0,
            duration: Duration::from_secs(60),
        };
        assert_eq!(policy.locked_until(100, OffsetDateTime::UNIX_EPOCH), None);
    }

    #[test]
    fn time_round_trips() {
        let time = OffsetDateTime::from_unix_timestamp(1_800_000_000).unwrap();
        assert_eq!(parse_time(&format_time(time)), Some(time));
    }
}
