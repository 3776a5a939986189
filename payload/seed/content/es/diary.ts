import type { Questionnaire } from '@/lib/diary'

/**
 * El diario del dolor en español: el título, la introducción, las preguntas y el nombre de cada
 * momento (por su clave, las mismas que en inglés). Los momentos y las preguntas que se hacen no
 * cambian con el idioma.
 */
export const painDiaryEs: Pick<Questionnaire, 'title' | 'introduction' | 'wording'> & { timePointLabels: Record<string, string> } = {
  title: 'Diario del dolor después del bloqueo de rama medial',
  introduction:
    'Este diario le muestra a su especialista cuánto le alivió el bloqueo su dolor de siempre, y por cuánto tiempo. ' +
    'Cada vez, haga la actividad que normalmente le provoca el dolor (si es seguro hacerla) y califique el dolor que siente mientras la hace. ' +
    'Conteste cada pregunta a su hora. Si se le pasa una, contéstela en cuanto pueda.',
  wording: {
    pain: '¿Cuánto le duele ahora su dolor de siempre, mientras hace la actividad que se lo provoca?',
    painLow: 'Nada de dolor',
    painHigh: 'El peor dolor que se pueda imaginar',
    relief: '¿Cuánto alivio siente comparado con antes del bloqueo, en porcentaje? (opcional)',
    activity: '¿Qué actividad hizo?',
    medicines: '¿Qué medicamentos para el dolor ha tomado desde su última respuesta, y a qué hora? (déjelo en blanco si ninguno)',
  },
  timePointLabels: {
    baseline: 'Justo antes del bloqueo',
    '15-minutes': '15 minutos después del bloqueo',
    '30-minutes': '30 minutos después del bloqueo',
    '1-hour': '1 hora después del bloqueo',
    '2-hours': '2 horas después del bloqueo',
    '3-hours': '3 horas después del bloqueo',
    '4-hours': '4 horas después del bloqueo',
    '5-hours': '5 horas después del bloqueo',
    '6-hours': '6 horas después del bloqueo',
    '7-hours': '7 horas después del bloqueo',
    '8-hours': '8 horas después del bloqueo',
    'next-morning': 'La mañana siguiente',
  },
}
