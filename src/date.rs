//! Calendar dates, for roles held over a period and for an article's date.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::Error;

/// A calendar date (proleptic Gregorian), as lexicon role periods and article dates use.
///
/// ```
/// use mawqif::Date;
/// let d: Date = "2025-01-20".parse().unwrap();
/// assert_eq!((d.year(), d.month(), d.day()), (2025, 1, 20));
/// assert!("2025-02-30".parse::<Date>().is_err());
/// // A timestamp's date part is enough.
/// assert_eq!("2015-07-21 02:51:32".parse::<Date>().unwrap(), Date::new(2015, 7, 21).unwrap());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// A date, if it exists.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        (1..=12)
            .contains(&month)
            .then_some(())
            .filter(|_| day >= 1 && day <= days_in_month(year, month))
            .map(|_| Date { year, month, day })
    }

    /// The year.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, from 1.
    pub fn day(self) -> u8 {
        self.day
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; a partial date is completed to the first
    /// day of its period when `end` is false and to the last when it is true.
    pub(crate) fn parse_bound(s: &str, end: bool) -> Result<Date, Error> {
        let bad = || Error::Date(s.to_string());
        let mut parts = s.trim().split('-');
        let year: u16 = parse_digits(parts.next(), 4).ok_or_else(bad)?;
        let month: Option<u8> = match parts.next() {
            None => None,
            Some(p) => Some(parse_digits(Some(p), 2).ok_or_else(bad)?),
        };
        let day: Option<u8> = match parts.next() {
            None => None,
            Some(p) => Some(parse_digits(Some(p), 2).ok_or_else(bad)?),
        };
        if parts.next().is_some() || !(1000..=2999).contains(&year) {
            return Err(bad());
        }
        let month = month.unwrap_or(if end { 12 } else { 1 });
        if !(1..=12).contains(&month) {
            return Err(bad());
        }
        let day = day.unwrap_or(if end { days_in_month(year, month) } else { 1 });
        Date::new(year, month, day).ok_or_else(bad)
    }
}

fn parse_digits<T: FromStr>(part: Option<&str>, len: usize) -> Option<T> {
    let p = part?;
    (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
        .then(|| p.parse().ok())
        .flatten()
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl FromStr for Date {
    type Err = Error;

    /// Parses `YYYY-MM-DD`, or `DD/MM/YYYY` (day first, as Arabic outlets write it),
    /// also when a time follows (`2015-07-21 02:51:32`, `2015-07-21T02:51:32Z`,
    /// `21/07/2015 02:51`).
    fn from_str(s: &str) -> Result<Date, Error> {
        let s = s.trim();
        let head = s.get(..10).unwrap_or(s);
        let rest = s.get(10..).unwrap_or("");
        if head.len() != 10 || !(rest.is_empty() || rest.starts_with([' ', 'T'])) {
            return Err(Error::Date(s.to_string()));
        }
        let b = head.as_bytes();
        if b[2] == b'/' && b[5] == b'/' {
            let bad = || Error::Date(s.to_string());
            let day: u8 = parse_digits(head.get(..2), 2).ok_or_else(bad)?;
            let month: u8 = parse_digits(head.get(3..5), 2).ok_or_else(bad)?;
            let year: u16 = parse_digits(head.get(6..), 4).ok_or_else(bad)?;
            if !(1000..=2999).contains(&year) {
                return Err(bad());
            }
            return Date::new(year, month, day).ok_or_else(bad);
        }
        Date::parse_bound(head, false)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl TryFrom<String> for Date {
    type Error = Error;
    fn try_from(s: String) -> Result<Date, Error> {
        s.parse()
    }
}

impl From<Date> for String {
    fn from(d: Date) -> String {
        d.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_partial_bounds() {
        assert_eq!(
            Date::parse_bound("2019", false).unwrap(),
            Date::new(2019, 1, 1).unwrap()
        );
        assert_eq!(
            Date::parse_bound("2019", true).unwrap(),
            Date::new(2019, 12, 31).unwrap()
        );
        assert_eq!(
            Date::parse_bound("2024-02", true).unwrap(),
            Date::new(2024, 2, 29).unwrap()
        );
    }

    #[test]
    fn rejects_invalid_dates() {
        for bad in [
            "",
            "19",
            "2019-13",
            "2019-00-10",
            "2019-02-29",
            "20x9",
            "2019-1-1",
        ] {
            assert!(Date::parse_bound(bad, false).is_err(), "{bad}");
        }
        assert!("2019-01-01x".parse::<Date>().is_err());
    }

    #[test]
    fn reads_day_first_dates_as_arabic_outlets_write_them() {
        let d: Date = "25/05/2017".parse().unwrap();
        assert_eq!(d, Date::new(2017, 5, 25).unwrap());
        let t: Date = "09/12/2016 14:05".parse().unwrap();
        assert_eq!(t, Date::new(2016, 12, 9).unwrap());
        for bad in [
            "31/02/2017",
            "12/13/2017",
            "1/05/2017",
            "05/2017/01",
            "25/05/17xx",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad}");
        }
    }

    #[test]
    fn orders_and_prints() {
        let a: Date = "2017-01-20".parse().unwrap();
        let b: Date = "2021-01-20T00:00:00Z".parse().unwrap();
        assert!(a < b);
        assert_eq!(a.to_string(), "2017-01-20");
    }
}
