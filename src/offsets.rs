//! The one place where byte offsets become UTF-16 code units (for
//! JavaScript) or Unicode code points (for the CLI and the corpus).

/// The unit offsets are counted in at the edge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Utf16,
    CodePoint,
}

/// Converts byte offsets into `text` to `unit` offsets. `bytes` should be
/// non-decreasing (entity starts and ends in order are); one that is not
/// is counted again from the start. An offset inside a char rounds down to
/// the char's start, one past the end to the end. Runs in one pass over
/// the text up to the last offset.
pub fn convert(text: &str, bytes: &[usize], unit: Unit) -> Vec<u32> {
    let mut out = Vec::with_capacity(bytes.len());
    let (mut pos_bytes, mut pos_units) = (0usize, 0u32);
    for &b in bytes {
        let b = floor_boundary(text, b.min(text.len()));
        if b < pos_bytes {
            out.push(count(text.get(..b).unwrap_or(""), unit));
            continue;
        }
        pos_units += count(text.get(pos_bytes..b).unwrap_or(""), unit);
        pos_bytes = b;
        out.push(pos_units);
    }
    out
}

/// The length of `s` in UTF-16 code units.
pub fn utf16_len(s: &str) -> u32 {
    count(s, Unit::Utf16)
}

fn floor_boundary(text: &str, mut b: usize) -> usize {
    while b > 0 && !text.is_char_boundary(b) {
        b -= 1;
    }
    b
}

/// Counted on the bytes, not char by char: every char has one leading
/// (non-continuation) byte, and the four-byte ones are the chars outside
/// the BMP, two UTF-16 units each.
fn count(s: &str, unit: Unit) -> u32 {
    let astral = unit == Unit::Utf16;
    s.bytes().map(|b| u32::from(b & 0xC0 != 0x80) + u32::from(astral && b >= 0xF0)).sum()
}

/// The byte ranges of the parts of `joined`, a NUL between each two, that
/// are `units` UTF-16 units long each (as JavaScript measured them before
/// joining); `None` when they do not fit `joined` exactly.
pub fn utf16_parts(joined: &str, units: &[u32]) -> Option<Vec<(usize, usize)>> {
    let bytes = joined.as_bytes();
    let mut ranges = Vec::with_capacity(units.len());
    let mut pos = 0;
    for (k, &want) in units.iter().enumerate() {
        if k > 0 {
            if bytes.get(pos) != Some(&0) {
                return None;
            }
            pos += 1;
        }
        let start = pos;
        let mut n = 0u32;
        while n < want {
            // A leading byte: its char's length, and two units for the
            // four-byte chars outside the BMP.
            let b = *bytes.get(pos)?;
            let (len, u) = match b {
                0..=0x7F => (1, 1),
                0xC0..=0xDF => (2, 1),
                0xE0..=0xEF => (3, 1),
                _ => (4, 2),
            };
            pos += len;
            n += u;
        }
        if n != want || !joined.is_char_boundary(pos) {
            return None;
        }
        ranges.push((start, pos));
    }
    (pos == bytes.len()).then_some(ranges)
}

/// Converts code-point offsets (as in the corpus files) to byte offsets.
pub fn code_points_to_bytes(text: &str, cps: &[usize]) -> Vec<usize> {
    let mut idx: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    idx.push(text.len());
    cps.iter().map(|&c| idx.get(c).copied().unwrap_or(text.len())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_and_code_points_differ_on_astral_chars() {
        let t = "a😀Əb";
        // bytes: a=0, 😀=1..5, Ə=5..7, b=7..8
        assert_eq!(convert(t, &[0, 1, 5, 7, 8], Unit::Utf16), [0, 1, 3, 4, 5]);
        assert_eq!(convert(t, &[0, 1, 5, 7, 8], Unit::CodePoint), [0, 1, 2, 3, 4]);
    }

    #[test]
    fn azerbaijani_letters_are_one_unit_each() {
        let t = "İlham Əliyevə";
        let end = t.len();
        assert_eq!(convert(t, &[0, end], Unit::Utf16), [0, 13]);
        assert_eq!(convert(t, &[0, end], Unit::CodePoint), [0, 13]);
    }

    #[test]
    fn out_of_order_and_past_end_are_safe() {
        let t = "əbc";
        assert_eq!(convert(t, &[3, 0, 99], Unit::CodePoint), [2, 0, 3]);
        assert_eq!(convert(t, &[1], Unit::CodePoint), [0]);
    }

    /// Every offset, in and out of order, inside chars and past the end,
    /// agrees with counting chars one by one.
    #[test]
    fn agrees_with_counting_chars() {
        let t = "İlham Əliyevə 😀 BMT-nin\u{200D}ﬁ, 𝕏 Москва\n";
        let naive = |b: usize, unit: Unit| -> u32 {
            t.char_indices()
                .take_while(|&(i, c)| i + c.len_utf8() <= b)
                .map(|(_, c)| if unit == Unit::Utf16 { c.len_utf16() as u32 } else { 1 })
                .sum()
        };
        let offsets: Vec<usize> = (0..=t.len() + 2).chain([7, 3, 40, 0, 99]).collect();
        for unit in [Unit::Utf16, Unit::CodePoint] {
            let want: Vec<u32> = offsets.iter().map(|&b| naive(b, unit)).collect();
            assert_eq!(convert(t, &offsets, unit), want, "{unit:?}");
        }
        assert_eq!(utf16_len(t), t.encode_utf16().count() as u32);
    }

    #[test]
    fn utf16_parts_cut_joined_text_back() {
        let parts = ["İlham Əliyev", "", "a😀b", "\u{FFFD}x", " Bakı"];
        let joined = parts.join("\0");
        let units: Vec<u32> = parts.iter().map(|p| p.encode_utf16().count() as u32).collect();
        let ranges = utf16_parts(&joined, &units).unwrap();
        let got: Vec<&str> = ranges.iter().map(|&(a, b)| &joined[a..b]).collect();
        assert_eq!(got, parts);
        // Lengths that do not fit: too long, too short, cutting a char
        // outside the BMP in half, or a missing separator.
        assert_eq!(utf16_parts(&joined, &[99]), None);
        assert_eq!(utf16_parts(&joined, &units[..2]), None);
        assert_eq!(utf16_parts("a😀b", &[2, 2]), None);
        assert_eq!(utf16_parts("ab", &[1, 1]), None);
        assert_eq!(utf16_parts("", &[]), Some(vec![]));
        assert_eq!(utf16_parts("", &[0]), Some(vec![(0, 0)]));
    }

    #[test]
    fn code_points_to_bytes_round_trip() {
        let t = "Bakı, 😀 Şəki";
        let bytes = [0, 5, 7, 11, t.len()];
        let cps: Vec<usize> = convert(t, &bytes, Unit::CodePoint).into_iter().map(|x| x as usize).collect();
        assert_eq!(code_points_to_bytes(t, &cps), bytes);
    }
}
