//! A small JSON reader for the partnership's configuration file.
//!
//! Why not serde_json here: the file is read in the widget's first module, which has to show the
//! start page within its size budget (issue 16), and serde_json's parser with its value type
//! and float handling costs about 6 KB brotli there. This reader keeps numbers as the text they
//! were written in (the configuration has one whole number, `inactivity_minutes`) and keeps
//! fields in the file's order. serde_json stays the reference: the tests check that both read
//! the same texts the same way and refuse the same texts, but for a number beyond f64's range,
//! which is JSON and which only serde_json refuses.

/// A JSON value as written in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A number, as written (`20`, `1.5`, `2e3`).
    Number(String),
    Text(String),
    List(Vec<Json>),
    Group(Fields),
}

/// The fields of a group (`{ … }`) in the order written; a name given twice keeps its last value
/// in its first place (as serde_json's `preserve_order` map does).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fields(Vec<(String, Json)>);

impl Fields {
    pub fn new() -> Fields {
        Fields::default()
    }

    pub fn get(&self, name: &str) -> Option<&Json> {
        self.0
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value)
    }

    pub fn contains(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// Sets `name`, replacing any value it had.
    pub fn insert(&mut self, name: &str, value: Json) {
        match self.0.iter_mut().find(|(key, _)| key == name) {
            Some((_, old)) => *old = value,
            None => self.0.push((name.to_owned(), value)),
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Json)> {
        self.0.iter().map(|(key, value)| (key.as_str(), value))
    }
}

impl Json {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Text(text) => Some(text),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(value) => Some(*value),
            _ => None,
        }
    }

    pub fn as_list(&self) -> Option<&[Json]> {
        match self {
            Json::List(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_group(&self) -> Option<&Fields> {
        match self {
            Json::Group(fields) => Some(fields),
            _ => None,
        }
    }

    /// The field `name` of a group.
    pub fn get(&self, name: &str) -> Option<&Json> {
        self.as_group()?.get(name)
    }

    /// A whole number from 0 to `u32::MAX` written without a fraction or exponent.
    pub fn as_u32(&self) -> Option<u32> {
        match self {
            Json::Number(text) => text.parse().ok(),
            _ => None,
        }
    }
}

/// Why a text is not JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonError {
    /// The text ends before the value does.
    EndsEarly,
    /// Something unexpected at this line and character (both from 1).
    Mistake { line: usize, column: usize },
}

/// Reads a whole text as one JSON value (whitespace around it is allowed, nothing else).
pub fn parse(text: &str) -> Result<Json, JsonError> {
    let mut reader = Reader { text, at: 0 };
    let value = reader.value(0)?;
    reader.skip_space();
    if reader.at < text.len() {
        return Err(reader.mistake());
    }
    Ok(value)
}

/// Nesting deeper than this is refused (as serde_json does), so a hostile file cannot exhaust
/// the stack.
const MAX_DEPTH: usize = 128;

struct Reader<'a> {
    text: &'a str,
    /// A byte offset into `text`.
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// A mistake at the current position, or the text ending early if it has ended.
    fn mistake(&self) -> JsonError {
        if self.at >= self.text.len() {
            return JsonError::EndsEarly;
        }
        let before = &self.text[..self.at];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
        JsonError::Mistake { line, column }
    }

    /// Takes `word` (`true`, `false`, `null`) or says where it goes wrong.
    fn word(&mut self, word: &str, value: Json) -> Result<Json, JsonError> {
        for expected in word.bytes() {
            if self.peek() != Some(expected) {
                return Err(self.mistake());
            }
            self.at += 1;
        }
        Ok(value)
    }

    fn value(&mut self, depth: usize) -> Result<Json, JsonError> {
        self.skip_space();
        match self.peek() {
            None => Err(JsonError::EndsEarly),
            Some(b'n') => self.word("null", Json::Null),
            Some(b't') => self.word("true", Json::Bool(true)),
            Some(b'f') => self.word("false", Json::Bool(false)),
            Some(b'"') => self.text().map(Json::Text),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'[') if depth < MAX_DEPTH => self.list(depth + 1),
            Some(b'{') if depth < MAX_DEPTH => self.group(depth + 1),
            Some(_) => Err(self.mistake()),
        }
    }

    fn list(&mut self, depth: usize) -> Result<Json, JsonError> {
        self.at += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Json::List(items));
        }
        loop {
            items.push(self.value(depth)?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Json::List(items));
                }
                _ => return Err(self.mistake()),
            }
        }
    }

    fn group(&mut self, depth: usize) -> Result<Json, JsonError> {
        self.at += 1;
        let mut fields = Fields::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Json::Group(fields));
        }
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return Err(self.mistake());
            }
            let name = self.text()?;
            self.skip_space();
            if self.peek() != Some(b':') {
                return Err(self.mistake());
            }
            self.at += 1;
            let value = self.value(depth)?;
            fields.insert(&name, value);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Json::Group(fields));
                }
                _ => return Err(self.mistake()),
            }
        }
    }

    /// A number as written: `-`? (`0` | [1-9][0-9]*) (`.` [0-9]+)? ([eE] [+-]? [0-9]+)?
    fn number(&mut self) -> Result<Json, JsonError> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.mistake()),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.at_least_one_digit()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.at_least_one_digit()?;
        }
        Ok(Json::Number(self.text[start..self.at].to_owned()))
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
    }

    fn at_least_one_digit(&mut self) -> Result<(), JsonError> {
        if !matches!(self.peek(), Some(b'0'..=b'9')) {
            return Err(self.mistake());
        }
        self.digits();
        Ok(())
    }

    /// A quoted text, with its escapes (`\n`, `\u00e9`, surrogate pairs) read.
    fn text(&mut self) -> Result<String, JsonError> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let rest = &self.text[self.at..];
            // Copy the run up to the next quote, backslash or control character at once.
            let run = rest
                .find(|c: char| c == '"' || c == '\\' || c < ' ')
                .unwrap_or(rest.len());
            out.push_str(&rest[..run]);
            self.at += run;
            match self.peek() {
                None => return Err(JsonError::EndsEarly),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escaped = match self.peek() {
                        None => return Err(JsonError::EndsEarly),
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.at += 1;
                            out.push(self.unicode_escape()?);
                            continue;
                        }
                        Some(_) => return Err(self.mistake()),
                    };
                    self.at += 1;
                    out.push(escaped);
                }
                // A control character must be escaped.
                Some(_) => return Err(self.mistake()),
            }
        }
    }

    /// After `\u`: four hex digits, and for a leading surrogate the `\uXXXX` of its pair.
    fn unicode_escape(&mut self) -> Result<char, JsonError> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if self.peek() != Some(b'\\') {
                    return Err(self.mistake());
                }
                self.at += 1;
                if self.peek() != Some(b'u') {
                    return Err(self.mistake());
                }
                self.at += 1;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.mistake());
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(self.mistake()),
            code => code,
        };
        char::from_u32(code).ok_or_else(|| self.mistake())
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = match self.peek() {
                None => return Err(JsonError::EndsEarly),
                Some(byte) => (byte as char).to_digit(16).ok_or_else(|| self.mistake())?,
            };
            code = code * 16 + digit;
            self.at += 1;
        }
        Ok(code)
    }
}

// Host only: proptest does not build for wasm32 (the component tests' target).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Why serde_json refuses a text.
    #[derive(Debug, PartialEq)]
    enum Refused {
        EndsEarly,
        Mistake,
        /// A number beyond f64's range. JSON's grammar allows it (RFC 8259 section 6 leaves the
        /// range to each reader); this reader keeps numbers as written, so it reads such a text.
        OutOfRange,
    }

    /// serde_json's reading of a text, in this module's terms: the reference.
    fn reference(text: &str) -> Result<Json, Refused> {
        fn convert(value: serde_json::Value) -> Json {
            use serde_json::Value;
            match value {
                Value::Null => Json::Null,
                Value::Bool(b) => Json::Bool(b),
                Value::Number(n) => Json::Number(n.to_string()),
                Value::String(s) => Json::Text(s),
                Value::Array(items) => Json::List(items.into_iter().map(convert).collect()),
                Value::Object(map) => {
                    let mut fields = Fields::new();
                    for (key, value) in map {
                        fields.insert(&key, convert(value));
                    }
                    Json::Group(fields)
                }
            }
        }
        serde_json::from_str::<serde_json::Value>(text)
            .map(convert)
            .map_err(|error| {
                if error.classify() == serde_json::error::Category::Eof {
                    Refused::EndsEarly
                } else if error.to_string().starts_with("number out of range") {
                    Refused::OutOfRange
                } else {
                    Refused::Mistake
                }
            })
    }

    /// Numbers compared by value (serde_json writes `1e3` back as `1000.0`), and within a
    /// rounding error: serde_json's own float parsing can be one step off the nearest double.
    fn same(ours: &Json, theirs: &Json) -> bool {
        match (ours, theirs) {
            (Json::Number(a), Json::Number(b)) => {
                let close = match (a.parse::<f64>(), b.parse::<f64>()) {
                    (Ok(a), Ok(b)) => a == b || (a - b).abs() <= 1e-12 * a.abs().max(b.abs()),
                    _ => false,
                };
                close || a.parse::<i128>().ok() == b.parse::<i128>().ok()
            }
            (Json::List(a), Json::List(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
            }
            (Json::Group(a), Json::Group(b)) => {
                // serde_json's map here is sorted by name; ours keeps the file's order.
                a.0.len() == b.0.len()
                    && a.iter()
                        .all(|(name, value)| b.get(name).is_some_and(|other| same(value, other)))
            }
            _ => ours == theirs,
        }
    }

    /// Whether the character at `line` and `column` comes straight after `\u` and up to three
    /// hex digits.
    fn in_unicode_escape(text: &str, line: usize, column: usize) -> bool {
        let Some(line_text) = text.split('\n').nth(line - 1) else {
            return false;
        };
        let before: String = line_text.chars().take(column - 1).collect();
        let digits = before
            .chars()
            .rev()
            .take_while(char::is_ascii_hexdigit)
            .count();
        digits <= 3 && before[..before.len() - digits].ends_with("\\u")
    }

    fn agrees(text: &str) -> Result<(), TestCaseError> {
        match (parse(text), reference(text)) {
            (Ok(ours), Ok(theirs)) => {
                prop_assert!(same(&ours, &theirs), "{text:?}: {ours:?} / {theirs:?}")
            }
            // serde_json stops at a number it cannot hold: nothing to compare from there on.
            (_, Err(Refused::OutOfRange)) => {}
            (Err(JsonError::EndsEarly), Err(why)) => {
                prop_assert_eq!(
                    why,
                    Refused::EndsEarly,
                    "{:?}: ends early only for us",
                    text
                )
            }
            // serde_json takes a `\u` escape's four digits as bytes: with fewer left, it says the
            // text ends early even when what follows cannot be a digit. This reader says where.
            (Err(JsonError::Mistake { line, column }), Err(Refused::EndsEarly))
                if in_unicode_escape(text, line, column) => {}
            (Err(JsonError::Mistake { .. }), Err(why)) => {
                prop_assert_eq!(why, Refused::Mistake, "{:?}: a mistake only for us", text)
            }
            (ours, theirs) => prop_assert!(false, "{text:?}: {ours:?} / {theirs:?}"),
        }
        Ok(())
    }

    #[test]
    fn reads_a_configuration_file() {
        let text = r#"{ "name": "Westmere \u00e9 \"SCP\"", "minutes": 20, "on": [true, false, null],
            "z": {}, "a": [], "z": 1.5e-3 }"#;
        let Json::Group(fields) = parse(text).unwrap() else {
            panic!("a group")
        };
        let names: Vec<&str> = fields.iter().map(|(name, _)| name).collect();
        assert_eq!(
            names,
            ["name", "minutes", "on", "z", "a"],
            "the file's order; z once"
        );
        assert_eq!(
            fields.get("name").and_then(Json::as_str),
            Some("Westmere é \"SCP\"")
        );
        assert_eq!(fields.get("minutes").and_then(Json::as_u32), Some(20));
        assert_eq!(
            fields.get("z"),
            Some(&Json::Number("1.5e-3".into())),
            "the last value"
        );
    }

    #[test]
    fn whole_numbers_only_for_minutes() {
        for (text, minutes) in [
            ("20", Some(20)),
            ("20.0", None),
            ("2e1", None),
            ("-1", None),
            ("4294967296", None),
            ("\"20\"", None),
        ] {
            assert_eq!(parse(text).unwrap().as_u32(), minutes, "{text}");
        }
    }

    #[test]
    fn says_where_it_goes_wrong() {
        assert_eq!(
            parse("{\n  \"a\": 1,\n  \"b\" 2\n}"),
            Err(JsonError::Mistake { line: 3, column: 7 })
        );
        assert_eq!(
            parse("{ \"a\": 1, }"),
            Err(JsonError::Mistake {
                line: 1,
                column: 11
            })
        );
        assert_eq!(
            parse("{ \"é\": x }"),
            Err(JsonError::Mistake { line: 1, column: 8 }),
            "characters, not bytes"
        );
        for early in [
            "",
            "  ",
            "{",
            "{ \"a\": ",
            "[1, 2",
            "\"abc",
            "\"\\u00",
            "tr",
        ] {
            assert_eq!(parse(early), Err(JsonError::EndsEarly), "{early:?}");
        }
    }

    #[test]
    fn reads_and_refuses_edge_cases_as_serde_json_does() {
        for text in [
            "{\"a\": 1,}",
            "[1,]",
            "01",
            "1.",
            ".5",
            "+1",
            "-",
            "1e",
            "\"\\x\"",
            "\"\t\"",
            "\"\\ud800\"",
            "\"\\udc00\"",
            "\"\\ud800\\u0041\"",
            "{a: 1}",
            "[1 2]",
            "nul",
            "true false",
            "{\"a\" 1}",
            "\"\\uD83D\\uDE00\"",
            "[[[]]]",
            "{\"a\":{\"b\":[null,{}]}}",
            "1E+2",
            "-0",
            "0.5e-0",
            "-46658159222071520000",
            "\"\\u並",
            "\"0a\\u\"",
        ] {
            agrees(text).unwrap();
        }
        // A number beyond f64's range is JSON; serde_json refuses it, this reader keeps it.
        let huge = "[-5e21378302]";
        assert_eq!(reference(huge), Err(Refused::OutOfRange));
        assert_eq!(
            parse(huge),
            Ok(Json::List(vec![Json::Number("-5e21378302".into())]))
        );
        let deep = "[".repeat(200) + &"]".repeat(200);
        assert!(
            parse(&deep).is_err() && reference(&deep).is_err(),
            "too deep for both"
        );
    }

    /// Any JSON value, written compactly or spread over lines.
    fn any_json() -> impl Strategy<Value = serde_json::Value> {
        use serde_json::Value;
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<u32>().prop_map(Value::from),
            (-1e6f64..1e6).prop_map(Value::from),
            "\\PC{0,12}".prop_map(Value::String),
            any::<String>().prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 32, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::vec(("[a-z_]{0,8}", inner), 0..6)
                    .prop_map(|fields| Value::Object(fields.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn reads_what_serde_json_writes(value in any_json(), pretty in any::<bool>()) {
            let text = if pretty { serde_json::to_string_pretty(&value) } else { serde_json::to_string(&value) }.unwrap();
            prop_assert!(parse(&text).is_ok(), "{text}");
            agrees(&text)?;
        }

        /// A valid text with one character taken out, changed or put in: both readers accept it
        /// or both refuse it, for the same kind of reason.
        #[test]
        fn refuses_the_same_broken_texts(value in any_json(), at in any::<prop::sample::Index>(), edit in 0..3u8, c in prop_oneof![Just(','), Just('"'), Just('\\'), Just('}'), Just(']'), Just(':'), Just('\n'), any::<char>()]) {
            let text = serde_json::to_string_pretty(&value).unwrap();
            let chars: Vec<char> = text.chars().collect();
            let i = at.index(chars.len() + 1);
            let mut broken = chars.clone();
            match edit {
                0 if i < broken.len() => { broken.remove(i); }
                1 if i < broken.len() => broken[i] = c,
                _ => broken.insert(i, c),
            }
            agrees(&broken.into_iter().collect::<String>())?;
        }

        #[test]
        fn never_panics(text in "\\PC{0,64}") {
            let _ = parse(&text);
            agrees(&text)?;
        }
    }
}
