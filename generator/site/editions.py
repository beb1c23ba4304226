"""The site's editions, one per language, as the configuration lists them, and the config
each edition is built from.

mkdocs.yml lists the editions under `extra.editions` (language, path, and the site's name
and description in that language); the first is the default, at the site's root, the
others under their path, with the same page paths. Without the list, the site is one
edition in theme.language. Material builds one language per site and Zensical runs no
plugins, so each edition is its own site, built from its own docs folder with a config
derived from mkdocs.yml: its language, folders, address, name, interface words and the
links to the other editions (extra.alternate, drawn per page by the overrides).

The derived config is the whole configuration written out (INHERIT resolved as MkDocs
resolves it, tags such as !!python/object kept as they were), not an INHERIT of it:
Zensical merges lists when it inherits (deepmerge's always_merger), so an inherited
markdown_extensions list would be doubled. It is written beside the config file, so
that its relative paths mean what they meant there.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..labels import label
from ..problems import ExplainerError

LANGUAGE_PATTERN = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
PATH_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
# The key in the config's `extra` that hands the editions to the templates.
ALTERNATES_KEY = "explainer_editions"


class EditionsError(ExplainerError):
    """extra.editions in the config cannot be used; the message says where and how to fix it."""


@dataclass(frozen=True)
class EditionSettings:
    """One edition as the configuration gives it."""

    language: str  # theme.language of its site, <html lang>, its search index's language
    path: str  # "" for the default edition (the site's root), else its folder: "en"
    site_name: str
    site_description: str

    @property
    def prefix(self) -> str:
        """Its folder in the site, with a slash ("" at the root, "en/")."""
        return f"{self.path}/" if self.path else ""


def editions_from(raw: dict[str, Any], config_file: Path) -> tuple[EditionSettings, ...]:
    """The editions listed in a raw config (extra.editions), or the one edition it describes."""
    theme: dict[str, Any] = raw["theme"] if isinstance(raw.get("theme"), dict) else {}
    extra: dict[str, Any] = raw["extra"] if isinstance(raw.get("extra"), dict) else {}
    name = str(raw.get("site_name") or "")
    description = str(raw.get("site_description") or "")
    listed = extra.get("editions")
    if listed is None:
        return (EditionSettings(str(theme.get("language") or "el"), "", name, description),)
    where = f"{config_file}: extra.editions"
    if not isinstance(listed, list) or not listed:
        raise EditionsError(
            f"{where}: expected a list of editions — write one `- language: …` per edition"
        )
    editions: list[EditionSettings] = []
    for index, entry in enumerate(listed):
        at = f"{where}[{index}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("language"), str):
            raise EditionsError(f"{at}: an edition needs its language — write language: en")
        unknown = sorted(set(entry) - {"language", "path", "site_name", "site_description"})
        if unknown:
            raise EditionsError(
                f"{at}: unknown field {unknown[0]!r} — use language, path, site_name, "
                "site_description"
            )
        language = entry["language"]
        if not LANGUAGE_PATTERN.match(language):
            raise EditionsError(f"{at}.language: {language!r} is not a language code — use el, en…")
        path = str(entry.get("path") or "")
        if index == 0 and path:
            raise EditionsError(
                f"{at}.path: the first edition is the default, at the site's root — "
                "leave its path out"
            )
        if index > 0 and not PATH_PATTERN.match(path):
            raise EditionsError(
                f"{at}.path: {path!r} is not a folder name — use lower-case letters, digits "
                f"and hyphens, e.g. path: {language}"
            )
        editions.append(
            EditionSettings(
                language=language,
                path=path,
                site_name=str(entry.get("site_name") or name),
                site_description=str(entry.get("site_description") or description),
            )
        )
    for kind, values in (
        ("language", [e.language for e in editions]),
        ("path", [e.path for e in editions]),
    ):
        twice = sorted({v for v in values if values.count(v) > 1})
        if twice:
            raise EditionsError(
                f"{where}: two editions have the {kind} {twice[0]!r} — give each its own"
            )
    if theme.get("language") and theme.get("language") != editions[0].language:
        raise EditionsError(
            f"{config_file}: theme.language is {theme.get('language')!r} but the first edition "
            f"is {editions[0].language!r} — make them the same (the first edition is the default)"
        )
    return tuple(editions)


# ---- the raw configuration, read and written with its tags kept ----


class Tagged:
    """A YAML value under a tag the generator does not interpret (!!python/…, !ENV,
    !relative): kept as it was written, to be written back the same way."""

    def __init__(self, tag: str, value: Any) -> None:
        self.tag = tag
        self.value = value


class _Loader(yaml.SafeLoader):
    pass


def _keep_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Tagged:
    value: Any
    if isinstance(node, yaml.MappingNode):
        value = loader.construct_mapping(node, deep=True)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_scalar(node)  # type: ignore[arg-type]
    return Tagged(node.tag, value)


_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _keep_tag)
_Loader.add_multi_constructor("!", _keep_tag)


class _Dumper(yaml.SafeDumper):
    pass


def _write_tag(dumper: yaml.SafeDumper, value: Tagged) -> yaml.Node:
    if isinstance(value.value, dict):
        return dumper.represent_mapping(value.tag, value.value)
    if isinstance(value.value, list):
        return dumper.represent_sequence(value.tag, value.value)
    return dumper.represent_scalar(value.tag, str(value.value))


_Dumper.add_representer(Tagged, _write_tag)


def read_raw_config(config_file: Path) -> dict[str, Any]:
    """The configuration as written, with INHERIT resolved as MkDocs resolves it (mappings
    merged key by key, anything else replaced by the inheriting file's value)."""
    with config_file.open("rb") as stream:
        raw = yaml.load(stream, Loader=_Loader) or {}  # noqa: S506 - a SafeLoader
    if not isinstance(raw, dict):
        return {}
    parent_name = raw.pop("INHERIT", None)
    if isinstance(parent_name, str):
        parent = read_raw_config((config_file.parent / parent_name).resolve())
        raw = _merged(parent, raw)
    return raw


def _merged(parent: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    merged = dict(parent)
    for key, value in child.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merged(merged[key], value)
        else:
            merged[key] = value
    return merged


def edition_config(
    raw: dict[str, Any],
    edition: EditionSettings,
    editions: tuple[EditionSettings, ...],
    docs_dir: str,
    site_dir: str,
    card_alt: str,
) -> dict[str, Any]:
    """The configuration of one edition's site, made from the whole raw configuration."""
    config = dict(raw)
    config["site_name"] = edition.site_name
    config["site_description"] = edition.site_description
    config["docs_dir"] = docs_dir
    config["site_dir"] = site_dir
    if raw.get("site_url"):
        config["site_url"] = str(raw["site_url"]).rstrip("/") + "/" + edition.prefix
    theme = dict(raw.get("theme") or {})
    theme["language"] = edition.language
    config["theme"] = theme
    config["markdown_extensions"] = _with_permalink_title(
        raw.get("markdown_extensions") or [], label("heading.permalink", edition.language)
    )
    extra = dict(raw.get("extra") or {})
    extra.pop("editions", None)
    extra["share_card_alt"] = card_alt
    if len(editions) > 1:
        # Not the theme's extra.alternate: both themes would link every page's twin to the
        # other edition's home page; the overrides link the same page (explainer-head.html,
        # explainer-editions.html).
        extra[ALTERNATES_KEY] = alternates(edition, editions, raw.get("site_url"))
        extra[ALTERNATES_KEY + "_label"] = label("language.switch.label", edition.language)
    config["extra"] = extra
    return config


def alternates(
    edition: EditionSettings, editions: tuple[EditionSettings, ...], site_url: object
) -> list[dict[str, Any]]:
    """Every edition as this edition's pages link to it (the theme's extra.alternate): its
    language, its name in its own language, its root relative to this edition's root
    (its pages are at the same paths below it) and its public address, if there is one."""
    up = "../" * (edition.prefix.count("/"))
    root = str(site_url).rstrip("/") + "/" if site_url else ""
    return [
        {
            "lang": other.language,
            "name": label("language.name", other.language),
            "title": label(f"language.switch.title.{other.language}", edition.language),
            "link": up + other.prefix,
            "url": root + other.prefix if root else "",
            "current": other == edition,
            "default": other == editions[0],
        }
        for other in editions
    ]


def _with_permalink_title(extensions: list[Any], title: str) -> list[Any]:
    """markdown_extensions with the headings' link title in the edition's language."""
    changed: list[Any] = []
    for extension in extensions:
        if isinstance(extension, dict) and "toc" in extension:
            options = dict(extension["toc"] or {})
            if options.get("permalink"):
                options["permalink_title"] = title
            changed.append({"toc": options})
        else:
            changed.append(extension)
    return changed


@contextmanager
def written_config(config_file: Path, config: dict[str, Any], name: str) -> Iterator[Path]:
    """The configuration written beside config_file for as long as the block runs."""
    target = config_file.resolve().parent / f".explainer-edition-{os.getpid()}-{name}.yml"
    target.write_text(
        yaml.dump(config, Dumper=_Dumper, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    try:
        yield target
    finally:
        target.unlink(missing_ok=True)
