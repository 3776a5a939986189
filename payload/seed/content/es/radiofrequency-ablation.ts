import type { PageTranslation } from '../types'

/** La página de la ablación por radiofrecuencia en español: las mismas secciones que en inglés. */
export const radiofrequencyAblationEs: PageTranslation = {
  title: 'Ablación por radiofrecuencia',
  summary:
    'Un tratamiento que usa calor para interrumpir los nervios pequeños que llevan el dolor desde las articulaciones facetarias. Busca un alivio más duradero y se suele ofrecer después de que un bloqueo de rama medial ha ayudado.',
  metaDescription:
    'Ablación por radiofrecuencia (ablación facetaria o rizotomía): cómo sigue a un bloqueo de rama medial que ayudó y qué busca lograr en el dolor de las articulaciones facetarias.',
  sections: [
    {
      kind: 'what-it-is',
      heading: '¿Qué es la ablación por radiofrecuencia?',
      markdown: `La ablación por radiofrecuencia (RFA, por sus siglas en inglés) es un **tratamiento** para el dolor que viene de las articulaciones facetarias, las articulaciones pequeñas de la parte de atrás de la columna. También se le llama ablación facetaria o rizotomía.

Usa calor para interrumpir los **nervios de la rama medial**, los nervios pequeños que llevan los mensajes de dolor desde las articulaciones facetarias hasta el cerebro.

La meta es un alivio que dure más que el alivio corto que puede dar un [bloqueo de rama medial](/procedures/medial-branch-block).`,
    },
    {
      kind: 'candidates',
      heading: '¿A quién se le puede ofrecer?',
      markdown: `La RFA se suele proponer después de que un bloqueo de rama medial le ha dado un alivio **importante** del dolor. Ese resultado hace más probable que sus articulaciones facetarias sean el origen del dolor.

Si el bloqueo no le alivió, puede que las articulaciones facetarias no sean la causa principal. En ese caso su especialista buscará otras causas posibles y otros tipos de tratamiento.

Su especialista hablará con usted sobre si la RFA es adecuada para usted.`,
    },
    {
      kind: 'outcomes',
      heading: 'Cómo encaja en su tratamiento',
      markdown: `La RFA suele llegar al final de un camino paso a paso:

1. El dolor de cuello o de espalda de larga duración hace pensar que las articulaciones facetarias pueden estar involucradas.
2. Le hacen un [bloqueo de rama medial](/procedures/medial-branch-block).
3. Su dolor baja de forma importante.
4. Se vuelve más probable que las articulaciones facetarias causen el dolor.
5. Su especialista le puede proponer la RFA para un alivio más duradero.

Llevar con cuidado su diario del dolor después del bloqueo ayuda a su especialista a decidir este paso.`,
    },
    {
      kind: 'comparison',
      heading: 'En qué se diferencia del bloqueo de rama medial',
      markdown: `Están muy relacionados, pero hacen trabajos distintos.

- El **bloqueo de rama medial** es sobre todo una prueba. Corta el mensaje de dolor por poco tiempo, para ver si las articulaciones facetarias son la causa.
- La **ablación por radiofrecuencia** es sobre todo un tratamiento. Usa calor en los mismos nervios, para intentar dar un alivio que dure más.

Una forma sencilla de recordarlo: el bloqueo ayuda a **confirmar**, y la ablación ayuda a **alargar** el alivio.`,
    },
    {
      kind: 'risks',
      heading: 'Riesgos, preparación y recuperación',
      markdown: `Como todo procedimiento, la RFA tiene posibles efectos secundarios y riesgos. Antes de que usted decida, su especialista se los explicará, y también cómo prepararse y cómo es la recuperación.

Pregunte todo lo que no tenga claro. Nunca tiene que aceptar un procedimiento hasta que se sienta listo o lista.`,
    },
    {
      kind: 'other',
      heading: 'Preguntas para su especialista',
      markdown: `Quizá le sirva preguntar:

- ¿Por qué cree que la RFA me puede ayudar?
- ¿Qué mostró mi bloqueo de rama medial?
- ¿Qué debo esperar ese día y después?
- ¿Qué otras opciones tengo?

Para hablar con nosotros, llame a Harbour Spine Clinic al (617) 555-0142 o escriba a hello@harbourspine.example. También puede leer nuestras [preguntas frecuentes](/faq) o volver a la página del [bloqueo de rama medial](/procedures/medial-branch-block).`,
    },
  ],
}
