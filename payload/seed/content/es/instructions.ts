import type { InstructionTranslation } from '../types'

/** Las instrucciones antes del bloqueo de rama medial en español, una por cada instrucción en inglés (mismo `order`). */
export const medialBranchBlockInstructionsEs: InstructionTranslation[] = [
  {
    order: 10,
    title: 'Pregunte por sus anticoagulantes',
    details:
      'Si toma un medicamento para hacer la sangre más líquida, no lo deje ni lo cambie por su cuenta. Pregúntele al médico que se lo receta qué hacer antes del bloqueo, y díganos lo que le indicó.',
  },
  {
    order: 20,
    title: 'Busque quién le lleve a casa',
    details:
      'Pídale a un familiar o a un amigo que le lleve a casa. Parte de la espalda o del cuello puede quedar adormecida unas horas, así que le pedimos que no maneje ese día.',
  },
  {
    order: 30,
    title: 'Nada para el dolor durante seis horas',
    details:
      'No tome pastillas para el dolor durante las seis horas antes de su cita, para que la prueba mida su dolor de siempre. Siga tomando sus demás medicamentos, salvo que la clínica le haya dicho otra cosa.',
  },
  {
    order: 40,
    title: 'Coma y beba como siempre',
    details: 'Puede comer algo ligero y tomar sus bebidas de siempre, salvo que la clínica le haya dicho otra cosa.',
  },
  {
    order: 50,
    title: 'Venga con el dolor que queremos probar',
    details:
      'El bloqueo es una prueba, así que venga con su dolor de todos los días. Piense en una actividad que siempre se lo provoque (por ejemplo, estar de pie, girar el cuerpo o inclinarse hacia atrás): antes y después del bloqueo calificará su dolor mientras la hace.',
  },
  {
    order: 60,
    title: 'Use ropa suelta y traiga su teléfono',
    details:
      'Use ropa suelta y cómoda. Traiga una lista de sus medicamentos y su teléfono cargado, para llenar su diario del dolor en el portal.',
  },
  {
    order: 70,
    title: 'Qué esperar en la clínica',
    details:
      'Se acuesta en una posición cómoda, se limpia y se adormece la piel, y el especialista usa rayos X para colocar una aguja fina cerca de los nervios pequeños de las articulaciones que duelen. Suele durar menos de una hora, y se va a casa el mismo día después de descansar un rato.',
  },
  {
    order: 80,
    title: 'Lleve su diario del dolor',
    details:
      'Califique su dolor en el diario del portal a cada hora indicada, mientras hace la actividad que normalmente le duele. Tómese el resto del día con calma y evite los esfuerzos fuertes.',
  },
  {
    order: 90,
    title: 'Añada su calificación de la mañana siguiente',
    details:
      'Anote cómo siente el dolor a la mañana siguiente y envíe el diario. Llame a la clínica si la zona de la inyección se pone caliente, roja o más hinchada, o si tiene fiebre.',
  },
]
