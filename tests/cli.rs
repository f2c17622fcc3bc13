//! The command line as outside scorers and users call it: the JSON-lines
//! shape with code-point offsets, the standalone HTML page, the JSON
//! format, `eval`, and clear errors.

use std::io::Write;
use std::process::{Command, Stdio};

fn vurgu(args: &[&str], stdin: &str) -> (bool, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_vurgu"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the vurgu binary runs");
    // A run that rejects its arguments exits without reading stdin, so a
    // broken pipe here is expected and its exit status tells the story.
    if let Err(e) = child.stdin.take().expect("stdin").write_all(stdin.as_bytes()) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "write stdin: {e}");
    }
    let out = child.wait_with_output().expect("vurgu exits");
    (out.status.success(), String::from_utf8(out.stdout).expect("utf-8"), String::from_utf8(out.stderr).expect("utf-8"))
}

#[test]
fn jsonl_keeps_the_scorers_shape_with_code_point_offsets() {
    let input = concat!(
        r#"{"id":"a1","text":"😀 Prezident İlham Əliyev Bakıda.","lang":"az"}"#,
        "\n",
        r#"{"id":7,"text":"Sentyabrın 26-da görüş olub.","ref_date":"2023-09-20"}"#,
        "\n"
    );
    let (ok, out, err) = vurgu(&["--format", "jsonl"], input);
    assert!(ok, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        r#"{"id":"a1","entities":[{"start":12,"end":24,"label":"PERSON","text":"İlham Əliyev","base":"İlham Əliyev"},{"start":25,"end":31,"label":"PLACE","text":"Bakıda","base":"Bakı"}]}"#
    );
    assert_eq!(lines[1], r#"{"id":7,"entities":[{"start":0,"end":16,"label":"DATE","text":"Sentyabrın 26-da","value":"2023-09-26"}]}"#);
}

#[test]
fn json_and_html_formats() {
    let (ok, out, _) = vurgu(&["--lang", "az", "--format", "json"], "Bakı <b>və</b> Gəncə");
    assert!(ok);
    assert!(out.contains(r#""lang": "az""#) && out.contains(r#""text": "Gəncə""#) && out.contains(r#""group": "#), "{out}");
    let (ok, html, _) = vurgu(&["--lang", "az", "--format", "html"], "Bakı <b>və</b> Gəncə");
    assert!(ok);
    assert!(html.starts_with("<!doctype html>"));
    assert!(html.contains(r#"<mark class="vurgu vurgu-place" data-label="PLACE""#), "{html}");
    assert!(html.contains("&lt;b&gt;və&lt;/b&gt;"), "input markup stays text: {html}");
}

#[test]
fn eval_prints_the_score_table_for_ann_and_jsonl_gold() {
    let seed = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/dev/az-seed.ann");
    let (ok, out, err) = vurgu(&["eval", seed], "");
    assert!(ok, "{err}");
    assert!(out.contains("micro       27     0     0   1.000   1.000   1.000"), "{out}");
    assert!(out.contains("date values: 1/1 correct (1.000) over 1 documents"), "{out}");
}

#[test]
fn bad_arguments_fail_with_a_message() {
    for (args, needle) in [
        (vec!["--lang", "fr"], "unknown language"),
        (vec!["--ref-date", "2023-02-30"], "bad date"),
        (vec!["--labels", "PERSON,FOO"], "unknown label"),
        (vec!["--format", "xml"], "unknown format"),
        (vec!["--bogus"], "unknown option"),
    ] {
        let (ok, _, err) = vurgu(&args, "Bakı");
        assert!(!ok, "{args:?} should fail");
        assert!(err.contains(needle), "{args:?}: {err}");
    }
    let (ok, _, err) = vurgu(&["--format", "jsonl"], "{\"id\":1}\n");
    assert!(!ok && err.contains("line 1"), "{err}");
}
