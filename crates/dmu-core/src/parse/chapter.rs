//! Reads a chapter file: metadata, an introduction, and level-2 sections with anchors,
//! six of which are role sections (`## Koper {#koper role=buyer}`).

use super::inline::{bad_id, heading_level, Ctx};
use super::meta::Meta;
use super::tree::{parse, Node};
use super::{check_links, is_valid_id, Parsed};
use crate::chapter::{Chapter, Section};
use crate::error::ContentError;
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
        Some(id) => return Err(ctx.error(line, bad_id(id))),
        None => {
            return Err(ctx.error(
                line,
                format!(
                    "section '{title}' needs a stable anchor: write '## {title} {{#some-anchor}}'"
                ),
            ))
        }
    };
    let mut role = None;
    for (key, value) in attrs {
        match (key.as_ref(), value.as_deref()) {
            ("role", Some(value)) => {
                role = Some(Role::parse(value).ok_or_else(|| {
                    ctx.error(line, format!("unknown role '{value}' (use initiator, influencer, gatekeeper, decision-maker, buyer or user)"))
                })?);
            }
            (key, _) => {
                return Err(ctx.error(
                    line,
                    format!("unknown heading attribute '{key}' (sections take role=...)"),
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
                return Err(ctx.error(0, format!(
                    "the chapter has no section for the role '{}': add a heading such as '## Name {{#anchor role={}}}'",
                    role.key(),
                    role.key()
                )))
            }
            [section] => {
                if !matches!(section.blocks.first(), Some(Block::Paragraph(_))) {
                    return Err(ctx.error(line_of(&section.id), format!(
                        "role section '#{}' must open with a paragraph: it becomes the summary on the role card",
                        section.id
                    )));
                }
            }
            [_, second, ..] => {
                return Err(ctx.error(line_of(&second.id), format!("a second section for the role '{}'", role.key())))
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

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
