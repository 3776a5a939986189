import type { PageTranslation } from '../types'

/** La página de la enfermedad de las articulaciones facetarias en español: las mismas secciones que en inglés. */
export const facetJointDiseaseEs: PageTranslation = {
  title: 'Enfermedad de las articulaciones facetarias',
  summary:
    'Cuando las articulaciones pequeñas de la parte de atrás de la columna se irritan, pueden causar dolor y rigidez en el cuello o la espalda que duran mucho tiempo. Aquí le explicamos cómo se siente, cómo se encuentra y qué puede ayudar.',
  metaDescription:
    'La enfermedad de las articulaciones facetarias en palabras sencillas: qué son estas articulaciones, por qué duelen, señales comunes y cómo un bloqueo de rama medial ayuda a encontrar la causa.',
  sections: [
    {
      kind: 'what-it-is',
      heading: '¿Qué son las articulaciones facetarias?',
      markdown: `Las articulaciones facetarias son articulaciones pequeñas en la parte de atrás de la columna. Ayudan a que la columna se mantenga firme y le permiten doblarse y girar.

Unos nervios diminutos, los **nervios de la rama medial**, llevan los mensajes de dolor desde estas articulaciones hasta el cerebro.

Hablamos de "enfermedad de las articulaciones facetarias" cuando estas articulaciones se han irritado y causan dolor. Puede ser una de las razones de un dolor de cuello o de espalda que dura mucho tiempo.`,
    },
    {
      kind: 'other',
      heading: '¿Qué irrita las articulaciones facetarias?',
      markdown: `Las causas más comunes son:

- el desgaste natural con los años
- la artritis
- la inflamación (hinchazón e irritación)
- el esfuerzo repetido, de hacer el mismo movimiento muchas veces

Una articulación facetaria irritada puede causar dolor y rigidez que no se quitan.`,
    },
    {
      kind: 'symptoms',
      heading: 'Cómo se puede sentir el dolor facetario',
      markdown: `No es igual en todas las personas, pero las señales comunes son:

- dolor en una zona de la espalda, a un lado de la columna o a los dos
- dolor de cuello que empeora al girar la cabeza o al echarla hacia atrás
- rigidez por la mañana, o después de estar sentado o descansando un rato
- dolor al estar de pie mucho tiempo, al inclinarse hacia atrás o al girar el cuerpo
- un dolor sordo, "mecánico", más que un dolor eléctrico o punzante
- dolor que aumenta con los movimientos repetidos y mejora un poco con el descanso

El dolor suele quedarse en el cuello o en la espalda. No baja principalmente por un brazo o una pierna.`,
    },
    {
      kind: 'diagnostic-or-treatment',
      heading: 'Cómo se diagnostica',
      markdown: `Su especialista le preguntará por sus síntomas y puede revisar sus imágenes (radiografías o resonancias). Un [bloqueo de rama medial](/procedures/medial-branch-block) añade una prueba directa, para que la respuesta no dependa solo de los síntomas y las imágenes.

En el bloqueo se pone un medicamento cerca de los nervios de la rama medial para calmarlos por un rato. Si su dolor de siempre baja mucho, es probable que sus articulaciones facetarias estén involucradas.

Anotar su dolor en un diario durante varias horas después del bloqueo ayuda a su especialista a entender el resultado.`,
    },
    {
      kind: 'outcomes',
      heading: 'El camino del tratamiento',
      markdown: `- **Si el bloqueo ayuda:** su especialista le puede proponer la [ablación por radiofrecuencia](/procedures/radiofrequency-ablation). Usa calor para interrumpir los nervios de la rama medial y busca un alivio más duradero.
- **Si el bloqueo no ayuda:** puede que las articulaciones facetarias no sean la causa principal. Su especialista puede buscar otros orígenes, como los discos, un nervio apretado, la articulación sacroilíaca o los músculos, y proponerle otro tipo de tratamiento.

En los dos casos, el resultado ayuda a que su plan de tratamiento vaya en la dirección correcta.`,
    },
    {
      kind: 'when-to-see-specialist',
      heading: 'Cuándo pedir ayuda',
      markdown: `Piense en ver a un especialista de la columna si su dolor de cuello o de espalda dura desde hace semanas o meses, vuelve una y otra vez o no le deja hacer su vida normal. También vale la pena si los tratamientos sencillos no han ayudado lo suficiente o si todavía no sabe qué causa su dolor.

Llame a Harbour Spine Clinic al (617) 555-0142 o lea nuestras [preguntas frecuentes](/faq).`,
    },
  ],
}
