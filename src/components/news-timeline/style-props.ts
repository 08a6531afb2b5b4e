import { noChange, type AttributePart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/**
 * Like Lit's `styleMap`, but sets every property through the CSSOM (`style.setProperty`), even on
 * the first render, where `styleMap` writes a `style="…"` attribute that a strict
 * Content-Security-Policy (`style-src` without `'unsafe-inline'`) blocks.
 */
class StyleProps extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') throw new Error('styleProps() goes in a style attribute');
  }

  render(_props: Record<string, string>): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [props]: [Record<string, string>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) if (!(name in props)) style.removeProperty(name);
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(props));
    return noChange;
  }
}

/** Sets CSS properties (custom properties included) on an element without a `style` attribute. */
export const styleProps = directive(StyleProps);
