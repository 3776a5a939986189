import Link from 'next/link'

export type Card = { href: string; title: string; text?: string | null }

type Props = { cards: Card[]; headingLevel: 2 | 3 | 4 }

/** A list of links with a short description each; the whole card is one large tap target. */
export function CardList({ cards, headingLevel }: Props) {
  if (cards.length === 0) return null
  const Heading = `h${headingLevel}` as 'h3'
  return (
    <ul className="cards">
      {cards.map((card) => (
        <li key={card.href} className="card">
          <Heading className="card__title">
            <Link href={card.href} className="card__link">
              {card.title}
            </Link>
          </Heading>
          {card.text && <p className="card__text">{card.text}</p>}
        </li>
      ))}
    </ul>
  )
}
