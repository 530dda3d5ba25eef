//! Feeds arbitrary text to `parse_list` in each format, as `micadoctl image
//! import FILE` does, and checks the entries it returns.

#![no_main]

use libfuzzer_sys::fuzz_target;
use micado_security::images::lists::{ListFormat, export_gnu, parse_list};
use micado_security::images::registry::check_image_name;
use micado_security::images::{Algorithm, ImageEntry};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for format in [ListFormat::Auto, ListFormat::Iivr, ListFormat::Gnu] {
        let parsed = parse_list(text, "fuzz.txt", format);
        for image in &parsed.images {
            // Every entry is registered as it is, so it must pass the checks
            // of the registry.
            if let Err(message) = check_image_name(&image.name) {
                panic!("parse_list returned an invalid name {:?}: {message}", image.name);
            }
            for (algorithm, hex) in &image.digests {
                assert_eq!(algorithm.normalise_hex(hex).as_deref(), Ok(hex.as_str()));
            }
        }
        // What export writes, import reads back to the same names.
        let entries: Vec<ImageEntry> = parsed
            .images
            .iter()
            .filter(|i| i.digests.contains_key(&Algorithm::Sha256))
            .map(|i| ImageEntry {
                name: i.name.clone(),
                digests: i.digests.clone(),
                size: None,
                source: i.source.clone(),
                created: String::new(),
                updated: String::new(),
            })
            .collect();
        let (exported, skipped) = export_gnu(&entries, Algorithm::Sha256);
        assert!(skipped.is_empty());
        let reread = parse_list(&exported, "export", ListFormat::Gnu);
        let names: Vec<&str> = reread.images.iter().map(|i| i.name.as_str()).collect();
        let expected: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, expected, "export then import changed the names");
    }
});
