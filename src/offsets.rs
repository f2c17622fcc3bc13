//! The one place where byte offsets become UTF-16 code units (for
//! JavaScript) or Unicode code points (for the CLI and the corpus).

/// The unit offsets are counted in at the edge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Utf16,
    CodePoint,
}

/// Converts byte offsets into `text` to `unit` offsets. `bytes` must be
/// non-decreasing (entity starts and ends in order are); each must lie on
/// a char boundary. Runs in one pass over the text up to the last offset.
pub fn convert(text: &str, bytes: &[usize], unit: Unit) -> Vec<u32> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut chars = text.char_indices().peekable();
    let mut pos_bytes = 0usize;
    let mut pos_units = 0u32;
    for &b in bytes {
        let b = b.min(text.len());
        if b < pos_bytes {
            // Out of order: count again from the start rather than lie.
            out.push(count(&text[..floor_boundary(text, b)], unit));
            continue;
        }
        // Only whole chars before `b` count, so an offset inside a char
        // rounds down instead of running past it.
        while let Some(&(i, c)) = chars.peek() {
            if i + c.len_utf8() > b {
                break;
            }
            chars.next();
            pos_bytes = i + c.len_utf8();
            pos_units += match unit {
                Unit::Utf16 => c.len_utf16() as u32,
                Unit::CodePoint => 1,
            };
        }
        out.push(pos_units);
    }
    out
}

fn floor_boundary(text: &str, mut b: usize) -> usize {
    while b > 0 && !text.is_char_boundary(b) {
        b -= 1;
    }
    b
}

fn count(s: &str, unit: Unit) -> u32 {
    match unit {
        Unit::Utf16 => s.encode_utf16().count() as u32,
        Unit::CodePoint => s.chars().count() as u32,
    }
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

    #[test]
    fn code_points_to_bytes_round_trip() {
        let t = "Bakı, 😀 Şəki";
        let bytes = [0, 5, 7, 11, t.len()];
        let cps: Vec<usize> = convert(t, &bytes, Unit::CodePoint).into_iter().map(|x| x as usize).collect();
        assert_eq!(code_points_to_bytes(t, &cps), bytes);
    }
}
