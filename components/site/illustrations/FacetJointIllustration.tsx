const TITLE_ID = 'facet-joint-illustration-title'
const TEXT_ID = 'facet-joint-illustration-text'

/**
 * Side view of two vertebrae of the lower back (front of the body on the left): the facet joint
 * between them at the back, the medial branch nerve curving to it, and where the needle aims.
 * Drawn for this site; the caption says in words what the picture shows.
 */
export function FacetJointIllustration() {
  return (
    <figure className="illustration">
      <svg
        className="illustration__picture"
        viewBox="0 0 400 330"
        role="img"
        aria-labelledby={TITLE_ID}
        aria-describedby={TEXT_ID}
        focusable="false"
      >
        <title id={TITLE_ID}>Facet joints and the medial branch nerve, seen from the side</title>
        <desc>
          Two vertebrae stacked with a disc between them. At the back, the bony parts of the two vertebrae
          meet at a facet joint. A thin nerve, the medial branch, curves around the bone to the joint. A
          needle points at the spot where the nerve crosses the bone.
        </desc>
        <g className="ill-bone">
          <rect x="30" y="40" width="120" height="88" rx="16" />
          <rect x="30" y="176" width="120" height="88" rx="16" />
          <path d="M150 56 H214 L236 48 L330 86 L322 106 L244 100 L240 150 L210 150 L206 106 H150 Z" />
          <path d="M150 194 H214 L218 160 L246 142 L252 194 L330 222 L322 242 L246 238 H150 Z" />
        </g>
        <rect className="ill-disc" x="36" y="134" width="108" height="36" rx="10" />
        <ellipse className="ill-joint" cx="230" cy="152" rx="30" ry="24" />
        <path className="ill-nerve" d="M165 138 C180 160 186 196 206 212 C224 226 252 222 262 206 C268 192 260 178 248 170" />
        <line className="ill-needle" x1="380" y1="304" x2="265" y2="217" />
        <circle className="ill-target" cx="259" cy="212" r="9" />
        <g className="ill-label">
          <text x="90" y="28" textAnchor="middle">Vertebra</text>
          <text x="90" y="157" textAnchor="middle">Disc</text>
          <text x="258" y="28" textAnchor="middle">Facet joint</text>
          <line className="ill-leader" x1="246" y1="36" x2="234" y2="128" />
          <text x="396" y="172" textAnchor="end">Needle target</text>
          <line className="ill-leader" x1="300" y1="178" x2="267" y2="205" />
          <text x="120" y="300">Medial branch nerve</text>
          <line className="ill-leader" x1="190" y1="284" x2="212" y2="222" />
          <text x="30" y="324" className="ill-hint">Front</text>
          <text x="392" y="128" className="ill-hint" textAnchor="end">Back</text>
        </g>
      </svg>
      <figcaption id={TEXT_ID}>
        <strong>What the picture shows:</strong> two bones of the spine (vertebrae) seen from the side, with a disc
        between them. At the back, the two bones touch at a small facet joint. A tiny nerve, the medial branch,
        curves around the bone to reach that joint and carries its pain messages. In a medial branch block the
        needle aims at the spot where this nerve crosses the bone, not at the joint itself.
      </figcaption>
    </figure>
  )
}
