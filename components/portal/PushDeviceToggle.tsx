'use client'

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
        setMessage('The clinic could not turn on notifications for this browser. Try again later, or choose email or text messages.')
        return setStatus('off')
      }
      setMessage('Notifications are on for this device.')
      setStatus('on')
    } catch {
      setMessage('Notifications could not be turned on. Check your internet connection and try again.')
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
      setMessage('Notifications are off for this device.')
      setStatus('off')
    } catch {
      setMessage('Notifications could not be turned off. Check your internet connection and try again.')
      setStatus('on')
    }
  }

  return (
    <section aria-labelledby="push-heading">
      <h2 id="push-heading">Notifications on this device</h2>
      <p>A notification on this phone or computer says only that your diary has a question waiting; it opens the diary.</p>
      <div role="status" aria-atomic="true">
        {message && <p>{message}</p>}
      </div>
      {status === 'checking' && <p>Checking whether this browser can show notifications…</p>}
      {status === 'unsupported' && (
        <p>This browser cannot show notifications from the portal. Add the portal to your home screen, or choose email or text messages.</p>
      )}
      {status === 'blocked' && <p>Notifications from this site are blocked in your browser settings. Allow them there first, then come back here.</p>}
      {(status === 'off' || status === 'working') && (
        <button type="button" className="button" onClick={turnOn} disabled={status === 'working'}>
          Turn on notifications on this device
        </button>
      )}
      {status === 'on' && (
        <button type="button" className="button button--secondary" onClick={turnOff}>
          Turn off notifications on this device
        </button>
      )}
    </section>
  )
}
