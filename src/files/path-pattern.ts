/**
 * A path pattern such as `app_formuploads/{form}/{record}/{file}`: segments separated by
 * "/", each literal or one `{name}` placeholder matching one whole segment.
 */
export interface PathPattern {
  readonly text: string;
  /** Placeholder names, in the pattern's order. */
  readonly names: readonly string[];
  /** The placeholders' values of a path, or `undefined` when it does not fit. */
  match(segments: readonly string[]): Record<string, string> | undefined;
}

export function pathPattern(text: string): PathPattern {
  const parts = text.split('/').map((segment) => {
    const name = /^\{([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(segment)?.[1];
    return name === undefined ? { literal: segment } : { name };
  });
  return {
    text,
    names: parts.flatMap((p) => (p.name === undefined ? [] : [p.name])),
    match(segments) {
      if (segments.length !== parts.length) return undefined;
      const values: Record<string, string> = {};
      for (const [i, part] of parts.entries()) {
        if (part.name !== undefined) values[part.name] = segments[i]!;
        else if (part.literal !== segments[i]) return undefined;
      }
      return values;
    },
  };
}
