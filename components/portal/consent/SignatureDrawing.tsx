'use client'

import { useTranslations } from 'next-intl'
import { useEffect, useRef, useState } from 'react'
import SignaturePad from 'signature_pad'

type Props = {
  /** Called with a PNG data URL after each stroke, or null when cleared. */
  onChange: (drawing: string | null) => void
  hintId: string
  errorId?: string
}

/** Sharp on high-density screens without making the PNG needlessly large. */
const MAX_PIXEL_RATIO = 2

/**
 * An optional drawn signature (signature_pad) for mouse, finger or stylus. Hidden from assistive
 * technology: the typed name is the signature everyone can give; this adds nothing they need.
 */
export function SignatureDrawing({ onChange, hintId, errorId }: Props) {
  const t = useTranslations('consent')
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const padRef = useRef<SignaturePad | null>(null)
  const [drawn, setDrawn] = useState(false)
  // The pad lives as long as the component: a new onChange must not wipe the strokes.
  const onChangeRef = useRef(onChange)
  useEffect(() => {
    onChangeRef.current = onChange
  }, [onChange])

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    const pad = new SignaturePad(canvas, { penColor: '#1d2a33', minWidth: 0.8, maxWidth: 2.6 })
    padRef.current = pad

    const fitToBox = () => {
      const ratio = Math.min(window.devicePixelRatio || 1, MAX_PIXEL_RATIO)
      const width = Math.round(canvas.offsetWidth * ratio)
      const height = Math.round(canvas.offsetHeight * ratio)
      if (width === 0 || height === 0 || (canvas.width === width && canvas.height === height)) return
      const strokes = pad.toData()
      canvas.width = width
      canvas.height = height
      canvas.getContext('2d')?.scale(ratio, ratio)
      pad.fromData(strokes)
    }
    const afterStroke = () => {
      setDrawn(!pad.isEmpty())
      onChangeRef.current(pad.isEmpty() ? null : pad.toDataURL('image/png'))
    }
    fitToBox()
    const observer = new ResizeObserver(fitToBox)
    observer.observe(canvas)
    pad.addEventListener('endStroke', afterStroke)
    return () => {
      observer.disconnect()
      pad.removeEventListener('endStroke', afterStroke)
      pad.off()
      padRef.current = null
    }
  }, [])

  function clear() {
    padRef.current?.clear()
    setDrawn(false)
    onChangeRef.current(null)
  }

  return (
    <div className="signature">
      <canvas ref={canvasRef} className="signature__canvas" aria-hidden="true" />
      <div className="signature__controls">
        <p className="signature__status" aria-live="polite" id={`${hintId}-status`}>
          {drawn ? t('drawn') : t('nothingDrawn')}
        </p>
        {drawn && (
          <button type="button" className="button button--secondary" onClick={clear} aria-describedby={errorId}>
            {t('clearDrawing')}
          </button>
        )}
      </div>
    </div>
  )
}
