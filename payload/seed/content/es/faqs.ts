import type { FaqTranslation } from '../types'

/** Las preguntas frecuentes en español, una por cada pregunta en inglés (mismo `order`). */
export const faqsEs: FaqTranslation[] = [
  {
    order: 1,
    question: '¿Para qué sirve un bloqueo de rama medial?',
    answerMarkdown:
      'Su función principal es saber si su dolor empieza en las articulaciones facetarias de la columna. También puede aliviar el dolor por un tiempo. Lea más sobre el [bloqueo de rama medial](/procedures/medial-branch-block).',
  },
  {
    order: 2,
    question: '¿Un bloqueo de rama medial es lo mismo que una inyección epidural de esteroides?',
    answerMarkdown:
      'No, buscan cosas distintas. El bloqueo de rama medial apunta a los nervios pequeños que mandan los mensajes de dolor desde las articulaciones facetarias. La inyección epidural de esteroides se usa más cuando los nervios de la columna están irritados y el dolor se extiende (se irradia) lejos de la columna.',
  },
  {
    order: 3,
    question: '¿Cuánto me va a durar el alivio del bloqueo?',
    answerMarkdown:
      'Es distinto en cada persona. Muchas veces la meta principal no es un alivio largo, sino ver si su dolor de siempre baja lo suficiente para confirmar qué lo causa.',
  },
  {
    order: 4,
    question: '¿Qué pasa si el bloqueo funciona?',
    answerMarkdown:
      'Si su dolor baja mucho, su médico le puede proponer la [ablación por radiofrecuencia](/procedures/radiofrequency-ablation), un siguiente paso que busca un alivio más duradero.',
  },
  {
    order: 5,
    question: '¿Es difícil recuperarse?',
    answerMarkdown:
      'Por lo general, no. Comparada con una cirugía, la recuperación es suave, y la mayoría de las personas se van a casa el mismo día. Lo más importante después es fijarse en cómo responde su dolor a la inyección.',
  },
  {
    order: 6,
    question: '¿Un bloqueo de rama medial puede curar mi dolor de espalda?',
    answerMarkdown:
      'Normalmente no se considera una cura permanente. Es mejor verlo como una prueba que además puede dar alivio por un tiempo. Su valor está sobre todo en confirmar de dónde viene el dolor y en guiar el siguiente paso de su tratamiento.',
  },
  {
    order: 7,
    question: '¿Por qué llevar un diario del dolor después del bloqueo?',
    answerMarkdown:
      'Las horas después del bloqueo le dicen a su especialista si funcionó. Anote cómo siente el dolor al hacer las cosas que normalmente se lo provocan, cuánto alivio tuvo y cuánto le duró. Estas notas ayudan a su especialista a leer bien el resultado. Si tiene una cita con nosotros, puede llevar el diario en el [portal del paciente](/portal).',
  },
  {
    order: 8,
    question: '¿Y si no siento alivio después del bloqueo?',
    answerMarkdown:
      'El bloqueo ha servido de todos modos. No sentir alivio puede indicar que las articulaciones facetarias no son la causa principal y que puede ser otra cosa, como un disco, un nervio apretado, la articulación sacroilíaca o un músculo. Su especialista le puede proponer más estudios u otro tipo de tratamiento.',
  },
  {
    order: 9,
    question: '¿En qué se diferencia un bloqueo de rama medial de la ablación por radiofrecuencia?',
    answerMarkdown:
      'El bloqueo de rama medial es sobre todo una prueba: corta el mensaje de dolor por poco tiempo para ver si las articulaciones facetarias son la causa. La [ablación por radiofrecuencia](/procedures/radiofrequency-ablation) es sobre todo un tratamiento: usa calor para interrumpir esos nervios y busca un alivio más duradero. En resumen, el bloqueo ayuda a confirmar y la ablación ayuda a alargar el alivio.',
  },
  {
    order: 10,
    question: '¿Cuándo se propone la ablación por radiofrecuencia?',
    answerMarkdown:
      'Por lo general, después de que un [bloqueo de rama medial](/procedures/medial-branch-block) le ha aliviado el dolor de forma importante. Eso hace más probable que sus articulaciones facetarias causen el dolor. Su especialista le explicará si es adecuada para usted y en qué consiste.',
  },
]
