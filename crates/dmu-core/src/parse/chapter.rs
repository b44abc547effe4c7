//! Reads a chapter file: metadata, an introduction, and level-2 sections with anchors,
//! six of which are role sections (`## Koper {#koper role=buyer}`).

use super::inline::{heading_level, Ctx};
use super::meta::Meta;
use super::tree::{parse, Node};
use super::{check_links, is_valid_id, Parsed};
use crate::chapter::{Chapter, Section};
use crate::error::ContentError;
use crate::lang::Lang;
use crate::role::Role;
use crate::text::{plain_text, Block};
use pulldown_cmark::{CowStr, Tag};

/// Parses a chapter file and checks it: anchors unique, all six roles present, every role
/// section opening with its summary paragraph, every internal link resolving.
pub fn parse_chapter(file: &str, source: &str) -> Result<Parsed<Chapter>, ContentError> {
    let nodes = parse(source);
    let meta = Meta::read(file, &nodes, &["title", "lang"])?;
    let lang = meta.lang(file)?;
    let mut ctx = Ctx::new(file);
    let mut chapter = Chapter {
        title: meta.require(file, "title")?.to_string(),
        intro: Vec::new(),
        sections: Vec::new(),
    };
    let mut pending: Vec<&Node> = Vec::new();
    let mut seen_ids: Vec<(String, u32)> = Vec::new();
    for node in &nodes[1..] {
        if let Node::El {
            tag: Tag::Heading {
                level, id, attrs, ..
            },
            line,
            children,
        } = node
        {
            match heading_level(*level) {
                1 => {
                    return Err(ctx.error(
                        *line,
                        "use 'title:' in the metadata instead of a '#' heading",
                        "zet de titel als 'title:' in de metadata, niet als '#'-kop",
                    ))
                }
                2 => {
                    flush(&mut ctx, &mut chapter, &mut pending)?;
                    let title = plain_text(&ctx.inlines(children, *line)?);
                    let section = start_section(&ctx, *line, &title, id.as_deref(), attrs)?;
                    claim_id(&ctx, &mut seen_ids, &section.id, *line)?;
                    chapter.sections.push(section);
                    continue;
                }
                _ => {
                    if let Some(id) = id {
                        claim_id(&ctx, &mut seen_ids, id, *line)?;
                    }
                }
            }
        }
        pending.push(node);
    }
    flush(&mut ctx, &mut chapter, &mut pending)?;
    check_roles(&ctx, &chapter, &seen_ids)?;
    check_links(file, &ctx.links, &chapter.anchors())?;
    Ok(Parsed {
        value: chapter,
        lang,
        links: ctx.links,
    })
}

/// Converts the nodes gathered since the last heading into the current section.
fn flush(
    ctx: &mut Ctx,
    chapter: &mut Chapter,
    pending: &mut Vec<&Node>,
) -> Result<(), ContentError> {
    let nodes: Vec<&Node> = std::mem::take(pending);
    let mut blocks = Vec::new();
    for node in nodes {
        blocks.extend(ctx.blocks(std::slice::from_ref(node))?);
    }
    match chapter.sections.last_mut() {
        Some(section) => section.blocks.extend(blocks),
        None => chapter.intro.extend(blocks),
    }
    Ok(())
}

fn start_section(
    ctx: &Ctx,
    line: u32,
    title: &str,
    id: Option<&str>,
    attrs: &[(CowStr, Option<CowStr>)],
) -> Result<Section, ContentError> {
    let id = match id {
        Some(id) if is_valid_id(id) => id.to_string(),
        Some(id) => return Err(ctx.bad_id(line, id)),
        None => {
            return Err(ctx.error(
                line,
                format!(
                    "section '{title}' needs a stable anchor: write '## {title} {{#some-anchor}}'"
                ),
                format!(
                    "de sectie '{title}' heeft een vast anker nodig: schrijf '## {title} {{#een-anker}}'"
                ),
            ))
        }
    };
    let mut role = None;
    for (key, value) in attrs {
        match (key.as_ref(), value.as_deref()) {
            ("role", Some(value)) => {
                role = Some(Role::parse(value).ok_or_else(|| {
                    ctx.error(
                        line,
                        format!("unknown role '{value}' (use initiator, influencer, gatekeeper, decision-maker, buyer or user)"),
                        format!("onbekende rol '{value}' (gebruik initiatiefnemer, beïnvloeder, portier, beslisser, koper of gebruiker)"),
                    )
                })?);
            }
            (key, _) => {
                return Err(ctx.error(
                    line,
                    format!("unknown heading attribute '{key}' (sections take role=...)"),
                    format!("onbekend kenmerk '{key}' in de kop (een sectie kent alleen role=...)"),
                ))
            }
        }
    }
    Ok(Section {
        id,
        title: title.to_string(),
        role,
        blocks: Vec::new(),
    })
}

fn claim_id(
    ctx: &Ctx,
    seen: &mut Vec<(String, u32)>,
    id: &str,
    line: u32,
) -> Result<(), ContentError> {
    if let Some((_, first)) = seen.iter().find(|(seen_id, _)| seen_id == id) {
        return Err(ctx.error(
            line,
            format!("anchor '#{id}' is used twice (first on line {first})"),
            format!("het anker '#{id}' komt twee keer voor (eerst op regel {first})"),
        ));
    }
    seen.push((id.to_string(), line));
    Ok(())
}

fn check_roles(ctx: &Ctx, chapter: &Chapter, ids: &[(String, u32)]) -> Result<(), ContentError> {
    let line_of = |id: &str| ids.iter().find(|(i, _)| i == id).map_or(0, |(_, l)| *l);
    for role in Role::ALL {
        let sections: Vec<&Section> = chapter
            .sections
            .iter()
            .filter(|s| s.role == Some(role))
            .collect();
        match sections.as_slice() {
            [] => {
                let (key, name) = (role.key(), role.name(Lang::Nl));
                return Err(ctx.error(0, format!(
                    "the chapter has no section for the role '{key}': add a heading such as '## Name {{#anchor role={key}}}'",
                ), format!(
                    "het hoofdstuk heeft geen sectie voor de rol '{name}': voeg een kop toe zoals '## Naam {{#anker role={}}}'",
                    name.to_lowercase()
                )));
            }
            [section] => {
                if !matches!(section.blocks.first(), Some(Block::Paragraph(_))) {
                    let id = &section.id;
                    return Err(ctx.error(line_of(id), format!(
                        "role section '#{id}' must open with a paragraph: it becomes the summary on the role card",
                    ), format!(
                        "de rolsectie '#{id}' moet met een alinea beginnen: die wordt de samenvatting op de rolkaart",
                    )));
                }
            }
            [_, second, ..] => {
                return Err(ctx.error(
                    line_of(&second.id),
                    format!("a second section for the role '{}'", role.key()),
                    format!("een tweede sectie voor de rol '{}'", role.name(Lang::Nl)),
                ))
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) const MINIMAL: &str = "---\ntitle: De DMU\nlang: nl\n---\n\nInleiding met [koper](#koper).\n\n\
## Initiatiefnemer {#initiatiefnemer role=initiator}\n\nZiet het probleem.\n\n\
## Beïnvloeder {#beinvloeder role=influencer}\n\nHeeft iets te zeggen.\n\n> [!TIP]\n> Herken ze aan een managementteam.\n\n\
## Portier {#portier role=gatekeeper}\n\nCoördineert.\n\n### Introductie {#introductie}\n\nVraag erom.\n\n\
## Beslisser {#beslisser role=decision-maker}\n\nHakt de knoop door.\n\n\
## Koper {#koper role=buyer}\n\nTekent het contract.\n\n\
## Gebruiker {#gebruiker role=user}\n\nWerkt ermee.\n\n\
## Rollen overlappen {#overlap}\n\nEén persoon, meer rollen. Zie [portier](#introductie).\n";

    #[test]
    fn a_minimal_chapter_parses() {
        let parsed = parse_chapter("h.md", MINIMAL).unwrap();
        assert_eq!(parsed.lang, Lang::Nl);
        let chapter = parsed.value;
        assert_eq!(chapter.title, "De DMU");
        assert_eq!(chapter.sections.len(), 7);
        assert_eq!(chapter.role_cards().len(), 6);
        assert!(chapter
            .role_section(Role::Influencer)
            .unwrap()
            .card()
            .unwrap()
            .linkedin
            .is_some());
        assert_eq!(chapter.intro.len(), 1);
        assert!(chapter.anchors().contains(&"introductie"));
    }

    fn error_of(source: &str) -> ContentError {
        parse_chapter("h.md", source).unwrap_err()
    }

    #[test]
    fn a_missing_anchor_is_an_error_with_its_line() {
        let source = MINIMAL.replace("## Rollen overlappen {#overlap}", "## Rollen overlappen");
        let error = error_of(&source);
        assert!(error.message.contains("needs a stable anchor"), "{error}");
        assert_eq!(
            error.line,
            source
                .lines()
                .position(|l| l == "## Rollen overlappen")
                .unwrap() as u32
                + 1
        );
    }

    #[test]
    fn duplicate_anchors_are_errors() {
        let error = error_of(&MINIMAL.replace("{#overlap}", "{#koper}"));
        assert!(error.message.contains("used twice"), "{error}");
    }

    #[test]
    fn a_missing_role_is_an_error() {
        let error = error_of(&MINIMAL.replace("role=user", ""));
        assert!(error.message.contains("'user'"), "{error}");
    }

    #[test]
    fn an_unknown_role_is_an_error() {
        let error = error_of(&MINIMAL.replace("role=user", "role=baas"));
        assert!(error.message.contains("unknown role 'baas'"), "{error}");
    }

    #[test]
    fn a_dangling_link_is_an_error() {
        let error = error_of(&MINIMAL.replace("(#introductie)", "(#nergens)"));
        assert!(error.message.contains("#nergens"), "{error}");
    }

    #[test]
    fn metadata_is_required() {
        let error = error_of("# Titel\n\nTekst\n");
        assert!(error.message.contains("metadata"), "{error}");
        let error = error_of(&MINIMAL.replace("lang: nl", "lang: fr"));
        assert!(error.message.contains("unknown language"), "{error}");
        let error = error_of(&MINIMAL.replace("lang: nl", "lang: nl\nauthor: x"));
        assert!(
            error.message.contains("unknown metadata key 'author'"),
            "{error}"
        );
    }

    #[test]
    fn a_role_section_must_open_with_its_summary() {
        let error = error_of(&MINIMAL.replace("Tekent het contract.", "- Tekent het contract."));
        assert!(
            error.message.contains("must open with a paragraph"),
            "{error}"
        );
    }

    #[test]
    fn every_error_speaks_both_languages_on_its_line() {
        let line_of = |source: &str, needle: &str| {
            source.lines().position(|l| l.contains(needle)).unwrap() as u32 + 1
        };
        for (from, to, at) in [
            (
                "## Rollen overlappen {#overlap}",
                "## Rollen overlappen",
                "## Rollen",
            ),
            ("{#overlap}", "{#Overlap}", "## Rollen"),
            ("{#overlap}", "{#koper}", "## Rollen"),
            ("role=user", "role=baas", "## Gebruiker"),
            ("role=user", "kleur=rood", "## Gebruiker"),
            (
                "Werkt ermee.",
                "Werkt ermee.\n\n# Extra titel",
                "# Extra titel",
            ),
            ("Tekent het contract.", "- Tekent het contract.", "## Koper"),
            ("{#overlap}", "{#overlap role=user}", "## Rollen"),
            ("(#introductie)", "(#nergens)", "(#nergens)"),
        ] {
            let source = MINIMAL.replace(from, to);
            let error = error_of(&source);
            assert_eq!(error.line, line_of(&source, at), "{to}: {error}");
            crate::error::assert_bilingual(&error);
        }
        let error = error_of(&MINIMAL.replace("role=user", ""));
        assert_eq!(error.line, 0);
        crate::error::assert_bilingual(&error);
        assert!(
            error
                .message_in(Lang::Nl)
                .contains("{#anker role=gebruiker}"),
            "{}",
            error.message_in(Lang::Nl)
        );
    }

    #[test]
    fn hostile_markdown_never_yields_active_content() {
        let source = MINIMAL.replace(
            "Werkt ermee.",
            "Werkt ermee. <script>alert(1)</script> <img src=x onerror=alert(1)> <a href=\"javascript:x\">a</a>",
        );
        let chapter = parse_chapter("h.md", &source).unwrap().value;
        let json = format!("{:?}", chapter.role_section(Role::User).unwrap().blocks);
        assert!(
            json.contains("Text(\"Werkt ermee. <script>alert(1)</script>"),
            "{json}"
        );
        let error = error_of(&MINIMAL.replace("(#koper)", "(JaVaScRiPt:alert(1))"));
        assert!(error.message.contains("not allowed"), "{error}");
    }
}
