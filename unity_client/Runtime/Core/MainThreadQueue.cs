// Work handed from network threads to Unity's main thread: any thread posts, the main thread
// drains a bounded number of actions per frame (so a burst of events never freezes a frame).
using System;
using System.Collections.Concurrent;

namespace Sketch2Real.Core
{
    public sealed class MainThreadQueue
    {
        private readonly ConcurrentQueue<Action> actions = new ConcurrentQueue<Action>();

        /// <summary>Called with an action's exception (the queue goes on with the next one).</summary>
        public Action<Exception> OnError;

        public int Pending { get { return actions.Count; } }

        /// <summary>Thread-safe.</summary>
        public void Post(Action action)
        {
            if (action == null)
            {
                throw new ArgumentNullException("action");
            }
            actions.Enqueue(action);
        }

        /// <summary>Run up to <paramref name="maxActions"/> posted actions in the order they were
        /// posted; returns how many ran. Call from the main thread only.</summary>
        public int Drain(int maxActions)
        {
            int ran = 0;
            Action action;
            while (ran < maxActions && actions.TryDequeue(out action))
            {
                ran++;
                try
                {
                    action();
                }
                catch (Exception ex)
                {
                    var handler = OnError;
                    if (handler != null)
                    {
                        handler(ex);
                    }
                }
            }
            return ran;
        }
    }
}
