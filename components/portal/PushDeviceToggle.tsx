'use client'

import { useTranslations } from 'next-intl'
import { useEffect, useState } from 'react'

type Status = 'checking' | 'unsupported' | 'off' | 'on' | 'blocked' | 'working'

const SUBSCRIBE = '/api/push-subscriptions/subscribe'
const UNSUBSCRIBE = '/api/push-subscriptions/unsubscribe'

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/')
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))
  const bytes = new Uint8Array(new ArrayBuffer(binary.length))
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
  return bytes
}

/** The portal's service worker, if this browser has one running (it is registered by the portal's app shell). */
async function registration(): Promise<ServiceWorkerRegistration | null> {
  if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) return null
  return (await navigator.serviceWorker.getRegistration()) ?? null
}

async function post(url: string, body: unknown): Promise<boolean> {
  const response = await fetch(url, { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
  return response.ok
}

/**
 * Notifications on this phone or computer (Web Push): asks the browser's permission, subscribes with
 * the clinic's public key and hands the subscription to the server, which records the consent.
 */
export function PushDeviceToggle({ publicKey }: { publicKey: string | null }) {
  const t = useTranslations('reminders')
  const [status, setStatus] = useState<Status>('checking')
  const [message, setMessage] = useState<string | null>(null)

  useEffect(() => {
    let active = true
    void (async () => {
      const worker = publicKey ? await registration() : null
      const subscription = worker ? await worker.pushManager.getSubscription() : null
      if (!active) return
      if (!worker) setStatus('unsupported')
      else if (Notification.permission === 'denied') setStatus('blocked')
      else setStatus(subscription ? 'on' : 'off')
    })()
    return () => {
      active = false
    }
  }, [publicKey])

  async function turnOn() {
    setStatus('working')
    setMessage(null)
    try {
      const worker = await registration()
      if (!worker || !publicKey) return setStatus('unsupported')
      if ((await Notification.requestPermission()) !== 'granted') return setStatus('blocked')
      const subscription = await worker.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) })
      if (!(await post(SUBSCRIBE, subscription.toJSON()))) {
        await subscription.unsubscribe()
        setMessage(t('pushRefused'))
        return setStatus('off')
      }
      setMessage(t('pushOn'))
      setStatus('on')
    } catch {
      setMessage(t('pushOnFailed'))
      setStatus('off')
    }
  }

  async function turnOff() {
    setStatus('working')
    setMessage(null)
    try {
      const subscription = await (await registration())?.pushManager.getSubscription()
      if (subscription) {
        await post(UNSUBSCRIBE, { endpoint: subscription.endpoint })
        await subscription.unsubscribe()
      }
      setMessage(t('pushOff'))
      setStatus('off')
    } catch {
      setMessage(t('pushOffFailed'))
      setStatus('on')
    }
  }

  return (
    <section aria-labelledby="push-heading">
      <h2 id="push-heading">{t('pushHeading')}</h2>
      <p>{t('pushIntro')}</p>
      <div role="status" aria-atomic="true">
        {message && <p>{message}</p>}
      </div>
      {status === 'checking' && <p>{t('pushChecking')}</p>}
      {status === 'unsupported' && <p>{t('pushUnsupported')}</p>}
      {status === 'blocked' && <p>{t('pushBlocked')}</p>}
      {(status === 'off' || status === 'working') && (
        <button type="button" className="button" onClick={turnOn} disabled={status === 'working'}>
          {t('pushTurnOn')}
        </button>
      )}
      {status === 'on' && (
        <button type="button" className="button button--secondary" onClick={turnOff}>
          {t('pushTurnOff')}
        </button>
      )}
    </section>
  )
}
