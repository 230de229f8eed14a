use super::*;

#[test]
fn shipped_lexicons_parse() {
    let lex = Lexicons::shipped()
        .expect("shipped lexicons parse\nhelp: run python3 data/lexicons/check.py");
    for lang in Lang::ALL {
        let l = lex.get(lang);
        assert!(l.verbs.len() > 150, "{lang}: only {} verb stems", l.verbs.len());
        assert!(
            !l.cues.leadin.is_empty() && !l.cues.modal.is_empty() && !l.cues.placeholder.is_empty(),
            "{lang}: cues missing"
        );
    }
}

#[test]
fn stems_find_verbs_in_seven_languages() {
    let lex = &*SHIPPED;
    let cases = [
        (Lang::En, "analysing", Some(Level::Analyse)),
        (Lang::En, "designs", Some(Level::Create)),
        (Lang::It, "progettare", Some(Level::Create)),
        (Lang::Fr, "appliquer", Some(Level::Apply)),
        (Lang::De, "analysieren", Some(Level::Analyse)),
        (Lang::Es, "diseñar", Some(Level::Create)),
        (Lang::Pt, "avaliar", Some(Level::Evaluate)),
        (Lang::Nl, "ontwerpen", Some(Level::Create)),
        (Lang::Nl, "benoemt", Some(Level::Remember)),
        (Lang::Es, "aplique", Some(Level::Apply)),
    ];
    for (lang, word, want) in cases {
        let l = lex.get(lang);
        let got = l.verbs.get(&l.stem(word)).map(|v| v.levels.iter().map(|x| x.0).max());
        assert_eq!(
            got.flatten(),
            want,
            "{lang} {word}\nhelp: add the lemma to data/lexicons/bloom/{lang}.csv or a form to forms/"
        );
    }
}

#[test]
fn vague_verbs_are_vague() {
    let lex = &*SHIPPED;
    for (lang, word) in [
        (Lang::En, "understand"),
        (Lang::It, "conoscere"),
        (Lang::Fr, "comprendre"),
        (Lang::De, "verstehen"),
        (Lang::Es, "conocer"),
        (Lang::Pt, "compreender"),
        (Lang::Nl, "begrijpen"),
    ] {
        let l = lex.get(lang);
        assert!(
            l.verbs.get(&l.stem(word)).is_some_and(|v| v.vague),
            "{lang} {word} should be vague"
        );
    }
}

#[test]
fn bad_level_names_the_file_and_line() {
    let src = Sources {
        bloom: vec![(
            "x/bloom/fr.csv".into(),
            "lemma,level,pos,note\nappliquer,apply,verb,\nanalyser,appliquer,verb,\n",
        )],
        ..Default::default()
    };
    let err = LangLexicon::parse(Lang::Fr, &src).err().expect("error");
    assert_eq!(
        err.to_string(),
        "x/bloom/fr.csv:3: unknown level \"appliquer\" (expected one of: remember, understand, apply, analyse, evaluate, create)"
    );
}

#[test]
fn issue7_s26_surface_langs_are_the_lexicons_surfaces() {
    // The vote's one lookup names the languages whose written forms hold a word, as asking
    // each language's set did.
    let lex = &*SHIPPED;
    for l in Lang::ALL {
        for w in lex
            .get(l)
            .surfaces
            .iter()
            .chain(["analysieren", "organise", "zzz"].map(String::from).iter())
        {
            let want = Lang::ALL
                .iter()
                .enumerate()
                .filter(|(_, x)| lex.get(**x).surfaces.contains(w.as_str()))
                .fold(0u8, |m, (i, _)| m | 1 << i);
            assert_eq!(lex.surface_langs(w), want, "{w}");
        }
    }
}
