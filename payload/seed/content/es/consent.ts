import type { medialBranchBlockConsent } from '../../consentDocuments'

/**
 * El consentimiento para el bloqueo de rama medial, versión 1, en español: dice lo mismo que la
 * versión en inglés (una traducción no es una versión nueva), con las mismas listas en el mismo orden.
 */
export const medialBranchBlockConsentEs: typeof medialBranchBlockConsent = {
  title: 'Consentimiento para un bloqueo de rama medial',
  bodyMarkdown: [
    'El bloqueo de rama medial es una inyección de prueba para el dolor de cuello o de espalda. Guiado por imágenes de rayos X, su especialista coloca una aguja fina junto a los nervios de la rama medial, los nervios diminutos que llevan el dolor desde las articulaciones facetarias de la parte de atrás de la columna, y allí inyecta un anestésico local. Antes se limpia y se adormece la piel.',
    'El propósito principal es saber de dónde viene su dolor. Si su dolor de siempre baja mucho mientras el anestésico hace efecto, lo más probable es que las articulaciones facetarias estén involucradas. Si no baja, lo más probable es que no sean la causa principal. Las dos respuestas sirven: un resultado negativo le indica a su especialista que busque otros orígenes posibles.',
    'El alivio, si lo hay, suele pasarse en unas horas. Es lo esperado, porque el bloqueo es una prueba y no una cura. Para leer el resultado, le pedimos que califique su dolor en el diario del portal a ciertas horas después del bloqueo, mientras hace algo que normalmente le duele.',
    'Se va a casa el mismo día después de descansar un rato. Si el bloqueo ayuda claramente, su especialista le puede proponer la ablación por radiofrecuencia, un tratamiento aparte que usa calor en los mismos nervios para buscar un alivio de meses. Esa sería una decisión nueva, con su propio consentimiento.',
  ].join('\n\n'),
  benefits: [
    'Una respuesta más clara sobre si sus articulaciones facetarias causan su dolor.',
    'Su siguiente tratamiento se puede escoger con pruebas, y no adivinando.',
    'Muestra si es probable que la ablación por radiofrecuencia le ayude.',
    'Le puede evitar tratamientos que no irían a la causa real.',
    'Algunas personas se mueven con más facilidad unas horas mientras el anestésico hace efecto.',
  ],
  risks: {
    common: [
      'Dolor, sensibilidad o un poco de hinchazón donde entró la aguja, durante uno o dos días.',
      'Adormecimiento cerca de la zona inyectada durante unas horas.',
      'Un aumento pasajero de su dolor de siempre antes de que se calme.',
    ],
    lessCommon: [
      'Efectos secundarios de los medicamentos usados, como sentirse mareado un rato.',
      'Un alivio solo parcial, o ningún alivio.',
      'Un resultado difícil de leer, por lo que quizá haya que repetir la prueba.',
    ],
    rare: ['Infección donde entró la aguja.', 'Sangrado o moretones debajo de la piel.', 'Una reacción alérgica a alguno de los medicamentos.'],
  },
  alternatives: [
    'Seguir con el tratamiento conservador, como ejercicio, fisioterapia y medicamentos para el dolor, sin esta prueba.',
    'Preguntarle a su especialista por otras pruebas si su dolor puede venir de otra parte, como un disco, un nervio pinzado, la articulación sacroilíaca o los músculos.',
    'No hacerse el bloqueo por ahora. Puede cambiar de opinión y pedirlo más adelante.',
  ],
  acknowledgements: [
    'He leído este formulario de consentimiento y sé cómo hacerle preguntas a la clínica sobre él.',
    'Entiendo que el bloqueo es sobre todo una prueba para saber de dónde viene mi dolor, y que el alivio puede durar solo unas horas.',
    'Entiendo los riesgos frecuentes, menos frecuentes y raros que se describen arriba.',
    'Anotaré mi dolor en el diario del portal después del bloqueo, como me pide la clínica.',
    'Entiendo que cualquier otro tratamiento, como la ablación por radiofrecuencia, sería una decisión aparte.',
    'Sé que puedo retirar mi consentimiento en cualquier momento antes del procedimiento.',
  ],
}
